package vn.hocvuso.credential.learner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The learners, in the {@code learner} and {@code learner_subject} tables. Names and birth dates
 * are stored encrypted, each bound to its row and column; the learner key (a keyed hash) is the
 * only identifier stored, so a database copy reveals no ID number.
 */
@Repository
public class JdbcLearnerDirectory implements LearnerDirectory {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public JdbcLearnerDirectory(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public Optional<LearnerProfile> profile(LearnerKey key) {
        return jdbc.sql("select learner_key, given_name, family_name, birth_date, assurance_level from learner"
                        + " where learner_key = ?")
                .param(key.value())
                .query((rs, row) -> profile(rs))
                .optional();
    }

    @Override
    public Optional<LearnerKey> bySubject(String subject) {
        return jdbc.sql("select learner_key from learner_subject where subject = ?")
                .param(subject)
                .query((rs, row) -> new LearnerKey(rs.getString(1)))
                .optional();
    }

    public boolean exists(LearnerKey key) {
        return jdbc.sql("select count(*) from learner where learner_key = ?")
                        .param(key.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Adds the learner, or replaces their names, birth date and assurance level with these. */
    public void save(LearnerProfile profile, Instant now) {
        int updated = jdbc.sql("update learner set given_name = ?, family_name = ?, birth_date = ?,"
                        + " assurance_level = ?, updated_at = ? where learner_key = ?")
                .param(encrypt(profile.key(), "given_name", profile.givenName()))
                .param(encrypt(profile.key(), "family_name", profile.familyName()))
                .param(encrypt(profile.key(), "birth_date", profile.birthDate().toString()))
                .param(profile.assuranceLevel())
                .param(utc(now))
                .param(profile.key().value())
                .update();
        if (updated == 0) {
            insert(profile, now);
        }
    }

    /** Adds the learner unless they are known already (seeded data never overwrites a real login). */
    public boolean addIfAbsent(LearnerProfile profile, Instant now) {
        if (exists(profile.key())) {
            return false;
        }
        insert(profile, now);
        return true;
    }

    /** Records that auth-server's pairwise subject {@code subject} names this learner. */
    public void link(String subject, LearnerKey key, Instant now) {
        Optional<LearnerKey> current = bySubject(subject);
        if (current.isEmpty()) {
            jdbc.sql("insert into learner_subject (subject, learner_key, linked_at) values (?, ?, ?)")
                    .param(subject)
                    .param(key.value())
                    .param(utc(now))
                    .update();
        } else if (!current.get().equals(key)) {
            jdbc.sql("update learner_subject set learner_key = ?, linked_at = ? where subject = ?")
                    .param(key.value())
                    .param(utc(now))
                    .param(subject)
                    .update();
        }
    }

    private void insert(LearnerProfile profile, Instant now) {
        jdbc.sql("insert into learner (learner_key, given_name, family_name, birth_date, assurance_level,"
                        + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)")
                .param(profile.key().value())
                .param(encrypt(profile.key(), "given_name", profile.givenName()))
                .param(encrypt(profile.key(), "family_name", profile.familyName()))
                .param(encrypt(profile.key(), "birth_date", profile.birthDate().toString()))
                .param(profile.assuranceLevel())
                .param(utc(now))
                .param(utc(now))
                .update();
    }

    private LearnerProfile profile(ResultSet rs) throws SQLException {
        LearnerKey key = new LearnerKey(rs.getString("learner_key"));
        return new LearnerProfile(
                key,
                decrypt(key, "given_name", rs.getString("given_name")),
                decrypt(key, "family_name", rs.getString("family_name")),
                LocalDate.parse(decrypt(key, "birth_date", rs.getString("birth_date"))),
                rs.getString("assurance_level"));
    }

    private String encrypt(LearnerKey key, String column, String value) {
        return cipher.encrypt(value, context(key, column));
    }

    private String decrypt(LearnerKey key, String column, String value) {
        return cipher.decrypt(value, context(key, column));
    }

    /** The associated data binding a value to its row and column (NIST SP 800-38D §5.2.1.1 "AAD"). */
    private static String context(LearnerKey key, String column) {
        return "learner/" + key.value() + "/" + column;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
