package vn.hocvuso.credential.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row counts of every table the learning features write: the proof that a rejected request
 * changed nothing (or exactly what it should).
 */
public record Counts(
        long learners, long subjects, long events, long answers, long submissions, long rejections, long replays) {

    public static Counts of(JdbcClient jdbc) {
        return new Counts(
                count(jdbc, "select count(*) from learner"),
                count(jdbc, "select count(*) from learner_subject"),
                count(jdbc, "select count(*) from learning_event"),
                count(jdbc, "select count(*) from quiz_answer"),
                count(jdbc, "select count(*) from provider_submission"),
                count(jdbc, "select count(*) from provider_submission_log where outcome = 'REJECTED'"),
                count(jdbc, "select count(*) from provider_submission_log where outcome = 'REPLAYED'"));
    }

    /** The same counts without the data-quality log, which counts rejections and replays on purpose. */
    public Counts withoutLog() {
        return new Counts(learners, subjects, events, answers, submissions, 0, 0);
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
