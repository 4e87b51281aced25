package vn.hocvuso.credential.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hocvuso.credential.learner.JdbcLearnerDirectory;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learner.LearnerKeys;
import vn.hocvuso.credential.learner.LearnerLogin;
import vn.hocvuso.credential.learner.LearnerProfile;
import vn.hocvuso.credential.learner.NationalIdNumber;
import vn.hocvuso.credential.learner.RecordLearnerLogin;
import vn.hocvuso.credential.learning.JdbcLearningRecords;
import vn.hocvuso.credential.learning.LearningEvent;
import vn.hocvuso.credential.learning.LearningEventType;
import vn.hocvuso.credential.learning.ProgrammeCompletions;
import vn.hocvuso.credential.support.JdbcSlice;

@JdbcSlice
class DemoDataSeederTest {

    static final String BASIC = "bdhvs-digital-national-assembly";

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    LearnerKeys keys;

    @Autowired
    JdbcLearnerDirectory learners;

    @Autowired
    JdbcLearningRecords records;

    @Autowired
    ProgrammeCompletions completions;

    @Autowired
    RecordLearnerLogin recordLogin;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whenTheDemoDataIsSeededThenAnHasCompletedBinhIsHalfwayAndChauHasNotStarted() {
        DemoDataSeeder.Seeded seeded = seeder.seed();

        assertThat(seeded.learners()).isEqualTo(3);
        LearnerKey an = keys.of("001089000001");
        LearnerKey binh = keys.of("079195000002");
        LearnerKey chau = keys.of("048302000003");
        assertThat(completions.find(an, BASIC)).isPresent();
        assertThat(records.of(an))
                .extracting(LearningEvent::type)
                .containsExactly(
                        LearningEventType.ENROLLED,
                        LearningEventType.MODULE_PASSED,
                        LearningEventType.MODULE_PASSED,
                        LearningEventType.MODULE_PASSED,
                        LearningEventType.MODULE_PASSED,
                        LearningEventType.PROGRAMME_COMPLETED);
        assertThat(records.of(an))
                .allSatisfy(event -> assertThat(event.source().value()).isEqualTo("demo-data"));
        assertThat(completions.find(binh, BASIC)).isEmpty();
        assertThat(records.passedModules(binh, BASIC)).hasSize(2);
        assertThat(records.of(chau)).isEmpty();
        assertThat(learners.profile(an))
                .contains(new LearnerProfile(an, "Văn An", "Nguyễn", LocalDate.of(1989, 3, 15), "urn:vn:vneid:loa:2"));
        assertThat(learners.profile(binh)).map(LearnerProfile::familyName).contains("Trần");
        assertThat(learners.profile(chau)).map(LearnerProfile::assuranceLevel).contains("urn:vn:vneid:loa:1");
        assertThat(jdbc.sql("select count(*) from learner_subject")
                        .query(Long.class)
                        .single())
                .as("pairwise subjects are linked at the first real login, not seeded")
                .isZero();
        assertThat(jdbc.sql("select * from learner").query().listOfRows().toString())
                .doesNotContain("Nguyễn")
                .doesNotContain("001089000001");
    }

    @Test
    void whenTheSeederRunsAgainThenNothingIsAddedOrChanged() {
        seeder.seed();
        long events = count("learning_event");
        long learnerRows = count("learner");

        DemoDataSeeder.Seeded again = seeder.seed();

        assertThat(again).isEqualTo(new DemoDataSeeder.Seeded(0, 0));
        assertThat(count("learning_event")).isEqualTo(events);
        assertThat(count("learner")).isEqualTo(learnerRows);
    }

    @Test
    void whenADemoLearnerHasLoggedInThenSeedingAgainKeepsWhatTheLoginRecorded() {
        seeder.seed();
        recordLogin.record(new LearnerLogin(
                "pairwise-binh",
                NationalIdNumber.parse("079195000002", LocalDate.now()).number().orElseThrow(),
                "Thị Bình",
                "Trần",
                LocalDate.of(1995, 7, 2),
                "urn:vn:vneid:loa:1"));

        seeder.seed();

        assertThat(learners.profile(keys.of("079195000002")))
                .map(LearnerProfile::assuranceLevel)
                .contains("urn:vn:vneid:loa:1");
        assertThat(learners.bySubject("pairwise-binh")).contains(keys.of("079195000002"));
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
