package vn.hocvuso.credential.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hocvuso.credential.support.JdbcSlice;

@JdbcSlice
class JdbcLearnerDirectoryTest {

    @Autowired
    JdbcLearnerDirectory directory;

    @Autowired
    RecordLearnerLogin recordLogin;

    @Autowired
    LearnerKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whenALoginIsRecordedThenTheLearnerIsKeyedByTheHashAndTheirPersonalDataIsEncrypted() {
        LearnerKey key = recordLogin.record(login("pairwise-1", "001089000123", "urn:vn:vneid:loa:2"));

        assertThat(key).isEqualTo(keys.of("001089000123"));
        assertThat(directory.bySubject("pairwise-1")).contains(key);
        assertThat(directory.profile(key))
                .contains(new LearnerProfile(key, "Văn An", "Nguyễn", LocalDate.of(1989, 3, 15), "urn:vn:vneid:loa:2"));
        Map<String, Object> row = jdbc.sql("select * from learner").query().singleRow();
        assertThat(row.values().toString())
                .doesNotContain("001089000123")
                .doesNotContain("Văn An")
                .doesNotContain("Nguyễn")
                .doesNotContain("1989-03-15");
    }

    @Test
    void whenTheSameLearnerLogsInAgainThenTheirRowIsUpdatedAndNotDuplicated() {
        LearnerKey first = recordLogin.record(login("pairwise-1", "001089000123", "urn:vn:vneid:loa:1"));
        LearnerKey second = recordLogin.record(login("pairwise-1", "001089000123", "urn:vn:vneid:loa:2"));

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from learner").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from learner_subject")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(directory.profile(first)).map(LearnerProfile::assuranceLevel).contains("urn:vn:vneid:loa:2");
    }

    @Test
    void whenAnEncryptedNameIsCopiedToAnotherLearnerThenItNoLongerDecrypts() {
        LearnerKey an = recordLogin.record(login("pairwise-1", "001089000123", "urn:vn:vneid:loa:2"));
        LearnerKey other = recordLogin.record(login("pairwise-2", "079195000456", "urn:vn:vneid:loa:2"));
        String ansName = jdbc.sql("select given_name from learner where learner_key = ?")
                .param(an.value())
                .query(String.class)
                .single();

        jdbc.sql("update learner set given_name = ? where learner_key = ?")
                .param(ansName)
                .param(other.value())
                .update();

        assertThatThrownBy(() -> directory.profile(other)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void whenAnUnknownSubjectOrKeyIsAskedForThenNothingIsFound() {
        assertThat(directory.bySubject("nobody")).isEmpty();
        assertThat(directory.profile(keys.of("001089999999"))).isEmpty();
        assertThat(directory.exists(keys.of("001089999999"))).isFalse();
    }

    static LearnerLogin login(String subject, String nationalId, String acr) {
        return new LearnerLogin(
                subject,
                NationalIdNumber.parse(nationalId, LocalDate.now()).number().orElseThrow(),
                "Văn An",
                "Nguyễn",
                LocalDate.of(1989, 3, 15),
                acr);
    }

    static Instant now() {
        return Instant.now();
    }
}
