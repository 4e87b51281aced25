package vn.hocvuso.credential.support;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learning.ProgrammeCompletion;
import vn.hocvuso.credential.learning.ProgrammeCompletions;

/** Learning records as the tests set them: Nguyễn Văn An and Trần Thị Bình completed the basic programme. */
public final class TestCompletions implements ProgrammeCompletions {

    private final List<ProgrammeCompletion> completions = new CopyOnWriteArrayList<>();

    public TestCompletions() {
        complete(TestLearners.AN.key(), TestCatalog.NATIONAL_ASSEMBLY, Instant.parse("2026-03-02T08:30:00Z"));
        complete(TestLearners.BINH.key(), TestCatalog.NATIONAL_ASSEMBLY, Instant.parse("2026-03-05T10:00:00Z"));
    }

    /** Records that {@code learner} has passed the last module of {@code programmeId}. */
    public void complete(LearnerKey learner, String programmeId, Instant at) {
        completions.add(new ProgrammeCompletion(learner, programmeId, at, TestCatalog.FRAMEWORK_VERSION));
    }

    @Override
    public Optional<ProgrammeCompletion> find(LearnerKey learner, String programmeId) {
        return completions.stream()
                .filter(c -> c.learner().equals(learner) && c.programmeId().equals(programmeId))
                .findFirst();
    }

    @Override
    public List<ProgrammeCompletion> of(LearnerKey learner) {
        return completions.stream().filter(c -> c.learner().equals(learner)).toList();
    }
}
