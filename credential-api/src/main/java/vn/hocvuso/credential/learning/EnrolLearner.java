package vn.hocvuso.credential.learning;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hocvuso.credential.framework.YamlProgrammeCatalog;
import vn.hocvuso.credential.learner.LearnerKey;

/** Enrols a learner in a programme from the portal; enrolling twice changes nothing. */
@Service
public class EnrolLearner {

    private static final Logger LOG = LoggerFactory.getLogger(EnrolLearner.class);

    private final JdbcLearningRecords records;
    private final YamlProgrammeCatalog catalog;
    private final Clock clock;

    public EnrolLearner(JdbcLearningRecords records, YamlProgrammeCatalog catalog, Clock clock) {
        this.records = records;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Whether this call enrolled them (false: they were already). The programme must exist. */
    public boolean enrol(LearnerKey learner, String programmeId) {
        if (catalog.definition(programmeId).isEmpty()) {
            throw new IllegalArgumentException("unknown programme " + programmeId);
        }
        boolean added;
        try {
            added = records.append(LearningEvent.enrolled(
                    learner, programmeId, LearningSource.quiz(), catalog.frameworkVersion(), clock.instant()));
        } catch (org.springframework.dao.DuplicateKeyException e) {
            added = false; // a concurrent click of the same button enrolled them first
        }
        if (added) {
            LOG.info("learner enrolled: learner={} programme={}", learner, programmeId);
        }
        return added;
    }
}
