package vn.hocvuso.credential.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hocvuso.credential.learner.JdbcLearnerDirectory;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learner.LearnerKeys;
import vn.hocvuso.credential.learner.LearnerProfile;
import vn.hocvuso.credential.support.JdbcSlice;

@JdbcSlice
class JdbcLearningRecordsTest {

    static final String PROGRAMME = "bdhvs-digital-national-assembly";
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Autowired
    JdbcLearningRecords records;

    @Autowired
    ProgrammeCompletions completions;

    @Autowired
    JdbcLearnerDirectory learners;

    @Autowired
    LearnerKeys keys;

    @Autowired
    JdbcClient jdbc;

    LearnerKey learner;

    @BeforeEach
    void aLearner() {
        learner = keys.of("001090123456");
        learners.save(
                new LearnerProfile(learner, "Văn Test", "Hồ", LocalDate.of(1990, 1, 2), "urn:vn:vneid:loa:2"), NOW);
    }

    @Test
    void whenEventsAreAppendedThenTheyAreReadBackInOrderWithEveryField() {
        records.append(LearningEvent.enrolled(learner, PROGRAMME, LearningSource.quiz(), "2026.1", NOW));
        records.append(LearningEvent.moduleResult(
                learner,
                PROGRAMME,
                "safety",
                85,
                true,
                LocalDate.of(2026, 3, 1),
                LearningSource.provider("provider-demo"),
                "2026.1",
                NOW.plusSeconds(1)));

        List<LearningEvent> events = records.of(learner);

        assertThat(events).hasSize(2);
        assertThat(events.get(0))
                .isEqualTo(LearningEvent.enrolled(learner, PROGRAMME, LearningSource.quiz(), "2026.1", NOW));
        LearningEvent result = events.get(1);
        assertThat(result.type()).isEqualTo(LearningEventType.MODULE_PASSED);
        assertThat(result.moduleId()).contains("safety");
        assertThat(result.score()).contains(85);
        assertThat(result.assessedOn()).contains(LocalDate.of(2026, 3, 1));
        assertThat(result.source()).isEqualTo(LearningSource.provider("provider-demo"));
        assertThat(result.recordedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(records.passedModules(learner, PROGRAMME)).containsExactly("safety");
    }

    @Test
    void whenAnEnrolmentOrACompletionIsAppendedTwiceThenItIsKeptOnce() {
        assertThat(records.append(LearningEvent.enrolled(learner, PROGRAMME, LearningSource.quiz(), "2026.1", NOW)))
                .isTrue();
        assertThat(records.append(LearningEvent.enrolled(learner, PROGRAMME, LearningSource.quiz(), "2026.1", NOW)))
                .isFalse();
        assertThat(records.append(LearningEvent.completed(learner, PROGRAMME, LearningSource.quiz(), "2026.1", NOW)))
                .isTrue();
        assertThat(records.append(LearningEvent.completed(learner, PROGRAMME, LearningSource.quiz(), "2026.1", NOW)))
                .isFalse();

        assertThat(records.of(learner)).hasSize(2);
        assertThat(completions.of(learner)).singleElement().satisfies(completion -> {
            assertThat(completion.programmeId()).isEqualTo(PROGRAMME);
            assertThat(completion.completedAt()).isEqualTo(NOW);
            assertThat(completion.frameworkVersion()).isEqualTo("2026.1");
        });
        assertThat(completions.find(learner, PROGRAMME)).isPresent();
        assertThat(completions.find(learner, "bdhvs-digital-public-service")).isEmpty();
    }

    @Test
    void whenARaceSlipsPastTheCheckThenTheDatabaseStillRefusesASecondCompletion() {
        records.append(LearningEvent.completed(learner, PROGRAMME, LearningSource.quiz(), "2026.1", NOW));

        // What a concurrent request would do after both checked that no completion existed yet.
        assertThatThrownBy(() -> jdbc.sql("insert into learning_event (learner_key, event_type, programme_id, source,"
                                + " framework_version, recorded_at, once_key) values (?, 'PROGRAMME_COMPLETED', ?, 'quiz',"
                                + " '2026.1', ?, ?)")
                        .param(learner.value())
                        .param(PROGRAMME)
                        .param(NOW.atOffset(ZoneOffset.UTC))
                        .param("completed:" + PROGRAMME)
                        .update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void whenARowBreaksTheRulesOfARecordThenTheDatabaseRefusesIt() {
        assertThatThrownBy(
                        () -> jdbc.sql("insert into learning_event (learner_key, event_type, programme_id, module_id,"
                                        + " score, assessed_on, source, framework_version, recorded_at) values (?, 'MODULE_PASSED', ?,"
                                        + " 'safety', 101, ?, 'quiz', '2026.1', ?)")
                                .param(learner.value())
                                .param(PROGRAMME)
                                .param(LocalDate.of(2026, 3, 1))
                                .param(NOW.atOffset(ZoneOffset.UTC))
                                .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(
                                "insert into learning_event (learner_key, event_type, programme_id, source,"
                                        + " framework_version, recorded_at) values (?, 'MODULE_PASSED', ?, 'quiz', '2026.1', ?)")
                        .param(learner.value())
                        .param(PROGRAMME)
                        .param(NOW.atOffset(ZoneOffset.UTC))
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> records.append(LearningEvent.enrolled(
                        keys.of("079195999999"), PROGRAMME, LearningSource.quiz(), "2026.1", NOW)))
                .as("a record for a learner nobody knows")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void whenQuizFailuresAreAskedForThenOnlyRecentQuizFailuresOfThatModuleCount() {
        records.append(LearningEvent.moduleResult(
                learner,
                PROGRAMME,
                "safety",
                20,
                false,
                LocalDate.now(),
                LearningSource.quiz(),
                "2026.1",
                NOW.minusSeconds(7200)));
        records.append(LearningEvent.moduleResult(
                learner,
                PROGRAMME,
                "safety",
                30,
                false,
                LocalDate.now(),
                LearningSource.quiz(),
                "2026.1",
                NOW.minusSeconds(60)));
        records.append(LearningEvent.moduleResult(
                learner, PROGRAMME, "safety", 30, false, LocalDate.now(), LearningSource.provider("p"), "2026.1", NOW));
        records.append(LearningEvent.moduleResult(
                learner, PROGRAMME, "information", 30, false, LocalDate.now(), LearningSource.quiz(), "2026.1", NOW));

        assertThat(records.quizFailuresSince(learner, PROGRAMME, "safety", NOW.minusSeconds(3600)))
                .containsExactly(NOW.minusSeconds(60));
    }
}
