package vn.hocvuso.credential.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.hocvuso.credential.learner.LearnerKey;

/** Programme completions as the learning records show them: what credentials and agency answers rest on. */
@Service
public class LearningRecords implements ProgrammeCompletions {

    private final JdbcLearningRecords records;

    public LearningRecords(JdbcLearningRecords records) {
        this.records = records;
    }

    @Override
    public Optional<ProgrammeCompletion> find(LearnerKey learner, String programmeId) {
        return records.completion(learner, programmeId).map(LearningRecords::completion);
    }

    @Override
    public List<ProgrammeCompletion> of(LearnerKey learner) {
        return records.completions(learner).stream()
                .map(LearningRecords::completion)
                .toList();
    }

    private static ProgrammeCompletion completion(LearningEvent event) {
        return new ProgrammeCompletion(
                event.learner(), event.programmeId(), event.recordedAt(), event.frameworkVersion());
    }
}
