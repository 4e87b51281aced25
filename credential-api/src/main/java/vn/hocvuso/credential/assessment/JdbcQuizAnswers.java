package vn.hocvuso.credential.assessment;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hocvuso.credential.learner.LearnerKey;

/**
 * The answers of a quiz in progress, in {@code quiz_answer}: saved after each answer so that a
 * learner can stop and resume anywhere. This is working state, not a learning record: it is
 * replaced while the quiz is open and cleared when it is submitted (the result becomes a record).
 */
@Repository
public class JdbcQuizAnswers {

    private final JdbcClient jdbc;

    public JdbcQuizAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(QuizKey quiz, String questionId, String optionId, Instant now) {
        int updated = jdbc.sql("update quiz_answer set option_id = ?, saved_at = ? where learner_key = ?"
                        + " and programme_id = ? and module_id = ? and question_id = ?")
                .param(optionId)
                .param(now.atOffset(ZoneOffset.UTC))
                .param(quiz.learner().value())
                .param(quiz.programmeId())
                .param(quiz.moduleId())
                .param(questionId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into quiz_answer (learner_key, programme_id, module_id, question_id, option_id,"
                            + " saved_at) values (?, ?, ?, ?, ?, ?)")
                    .param(quiz.learner().value())
                    .param(quiz.programmeId())
                    .param(quiz.moduleId())
                    .param(questionId)
                    .param(optionId)
                    .param(now.atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    /** The chosen option of each answered question. */
    public Map<String, String> answers(QuizKey quiz) {
        Map<String, String> answers = new LinkedHashMap<>();
        jdbc.sql("select question_id, option_id from quiz_answer where learner_key = ? and programme_id = ?"
                        + " and module_id = ?")
                .param(quiz.learner().value())
                .param(quiz.programmeId())
                .param(quiz.moduleId())
                .query(rs -> {
                    answers.put(rs.getString(1), rs.getString(2));
                });
        return answers;
    }

    /** How many questions of each module of a programme have a saved answer. */
    public Map<String, Integer> answeredPerModule(LearnerKey learner, String programmeId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("select module_id, count(*) from quiz_answer where learner_key = ? and programme_id = ?"
                        + " group by module_id")
                .param(learner.value())
                .param(programmeId)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /** Clears the quiz's answers; returns how many there were, so a double submission can tell it came second. */
    public int clear(QuizKey quiz) {
        return jdbc.sql("delete from quiz_answer where learner_key = ? and programme_id = ? and module_id = ?")
                .param(quiz.learner().value())
                .param(quiz.programmeId())
                .param(quiz.moduleId())
                .update();
    }
}
