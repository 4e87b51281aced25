-- Answers of quizzes in progress (working state, not learning records): saved after each answer
-- so that a learner can resume anywhere, cleared when the quiz is submitted.
create table quiz_answer (
    learner_key  varchar(43) not null,
    programme_id varchar(64) not null,
    module_id    varchar(64) not null,
    question_id  varchar(64) not null,
    option_id    varchar(64) not null,
    saved_at     timestamp with time zone not null,
    constraint quiz_answer_pk primary key (learner_key, programme_id, module_id, question_id),
    constraint quiz_answer_learner_fk foreign key (learner_key) references learner (learner_key)
);
