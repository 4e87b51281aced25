package vn.hocvuso.credential.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.hocvuso.credential.framework.YamlProgrammeCatalog;
import vn.hocvuso.credential.learner.LearnerKey;

/** A learner's progress in the programmes of the catalogue, read from their records. */
@Service
public class LearnerProgress {

    private final JdbcLearningRecords records;
    private final YamlProgrammeCatalog catalog;

    public LearnerProgress(JdbcLearningRecords records, YamlProgrammeCatalog catalog) {
        this.records = records;
        this.catalog = catalog;
    }

    public Optional<ProgrammeProgress> in(LearnerKey learner, String programmeId) {
        return catalog.definition(programmeId)
                .map(programme -> ProgrammeProgress.of(programme, records.of(learner, programmeId)));
    }

    /** Progress in every programme of the catalogue, enrolled or not, in catalogue order. */
    public List<ProgrammeProgress> all(LearnerKey learner) {
        List<LearningEvent> events = records.of(learner);
        return catalog.definitions().stream()
                .map(programme -> ProgrammeProgress.of(programme, events))
                .toList();
    }
}
