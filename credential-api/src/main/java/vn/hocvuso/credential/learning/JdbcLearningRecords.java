package vn.hocvuso.credential.learning;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hocvuso.credential.learner.LearnerKey;

/**
 * The learning records, in the insert-only {@code learning_event} table. There is deliberately no
 * update or delete here: a record, once written, stays as it was. Enrolment and completion are
 * recorded at most once per learner and programme, which a unique key on
 * {@code (learner_key, once_key)} enforces even under concurrency.
 */
@Repository
public class JdbcLearningRecords {

    private static final String COLUMNS = "learner_key, event_type, programme_id, module_id, score, assessed_on,"
            + " source, framework_version, recorded_at";

    private final JdbcClient jdbc;

    public JdbcLearningRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds {@code event}. An enrolment or completion that already exists is not added again: the
     * result says whether it was. A concurrent duplicate fails on the unique key instead
     * ({@link org.springframework.dao.DuplicateKeyException}); the caller retries its transaction.
     */
    public boolean append(LearningEvent event) {
        Optional<String> onceKey = onceKey(event);
        if (onceKey.isPresent() && exists(event.learner(), onceKey.get())) {
            return false;
        }
        jdbc.sql("insert into learning_event (" + COLUMNS + ", once_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .param(event.learner().value())
                .param(event.type().name())
                .param(event.programmeId())
                .param(event.moduleId().orElse(null))
                .param(event.score().orElse(null))
                .param(event.assessedOn().map(Date::valueOf).orElse(null))
                .param(event.source().value())
                .param(event.frameworkVersion())
                .param(event.recordedAt().atOffset(ZoneOffset.UTC))
                .param(onceKey.orElse(null))
                .update();
        return true;
    }

    /** Every record of {@code learner}, oldest first. */
    public List<LearningEvent> of(LearnerKey learner) {
        return jdbc.sql("select " + COLUMNS + " from learning_event where learner_key = ? order by id")
                .param(learner.value())
                .query(JdbcLearningRecords::event)
                .list();
    }

    /** The records of {@code learner} in one programme, oldest first. */
    public List<LearningEvent> of(LearnerKey learner, String programmeId) {
        return jdbc.sql("select " + COLUMNS
                        + " from learning_event where learner_key = ? and programme_id = ? order by id")
                .param(learner.value())
                .param(programmeId)
                .query(JdbcLearningRecords::event)
                .list();
    }

    public Optional<LearningEvent> completion(LearnerKey learner, String programmeId) {
        return jdbc.sql("select " + COLUMNS + " from learning_event where learner_key = ? and once_key = ?")
                .param(learner.value())
                .param(completedKey(programmeId))
                .query(JdbcLearningRecords::event)
                .optional();
    }

    public List<LearningEvent> completions(LearnerKey learner) {
        return jdbc.sql("select " + COLUMNS + " from learning_event where learner_key = ? and event_type = ?"
                        + " order by id")
                .param(learner.value())
                .param(LearningEventType.PROGRAMME_COMPLETED.name())
                .query(JdbcLearningRecords::event)
                .list();
    }

    public boolean isEnrolled(LearnerKey learner, String programmeId) {
        return exists(learner, enrolledKey(programmeId));
    }

    /** The modules of {@code programmeId} that {@code learner} has passed, from any source. */
    public Set<String> passedModules(LearnerKey learner, String programmeId) {
        return new LinkedHashSet<>(jdbc.sql("select distinct module_id from learning_event where learner_key = ?"
                        + " and programme_id = ? and event_type = ?")
                .param(learner.value())
                .param(programmeId)
                .param(LearningEventType.MODULE_PASSED.name())
                .query(String.class)
                .list());
    }

    /** When {@code learner} failed this module's quiz at or after {@code since}: what the retry rule counts. */
    public List<Instant> quizFailuresSince(LearnerKey learner, String programmeId, String moduleId, Instant since) {
        return jdbc.sql("select recorded_at from learning_event where learner_key = ? and programme_id = ?"
                        + " and module_id = ? and event_type = ? and source = ? and recorded_at >= ?"
                        + " order by recorded_at")
                .param(learner.value())
                .param(programmeId)
                .param(moduleId)
                .param(LearningEventType.MODULE_FAILED.name())
                .param(LearningSource.quiz().value())
                .param(since.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .list();
    }

    private boolean exists(LearnerKey learner, String onceKey) {
        return jdbc.sql("select count(*) from learning_event where learner_key = ? and once_key = ?")
                        .param(learner.value())
                        .param(onceKey)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Optional<String> onceKey(LearningEvent event) {
        switch (event.type()) {
            case ENROLLED:
                return Optional.of(enrolledKey(event.programmeId()));
            case PROGRAMME_COMPLETED:
                return Optional.of(completedKey(event.programmeId()));
            default:
                return Optional.empty();
        }
    }

    private static String enrolledKey(String programmeId) {
        return "enrolled:" + programmeId;
    }

    private static String completedKey(String programmeId) {
        return "completed:" + programmeId;
    }

    private static LearningEvent event(ResultSet rs, int row) throws SQLException {
        int score = rs.getInt("score");
        boolean hasScore = !rs.wasNull();
        Date assessedOn = rs.getDate("assessed_on");
        return new LearningEvent(
                new LearnerKey(rs.getString("learner_key")),
                LearningEventType.valueOf(rs.getString("event_type")),
                rs.getString("programme_id"),
                Optional.ofNullable(rs.getString("module_id")),
                hasScore ? Optional.of(score) : Optional.empty(),
                Optional.ofNullable(assessedOn).map(Date::toLocalDate),
                new LearningSource(rs.getString("source")),
                rs.getString("framework_version"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
