package vn.hocvuso.credential.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.framework.ProgrammeDefinition;
import vn.hocvuso.credential.framework.ProgrammeModule;
import vn.hocvuso.credential.framework.YamlProgrammeCatalog;

/**
 * Records a module result and what follows from it, in one transaction: the enrolment if the
 * learner was not enrolled yet, the pass or fail, and the programme's completion when this pass
 * was the last module missing. Joins the caller's transaction when there is one, so that a
 * provider's idempotency record and the learning records are written together or not at all.
 */
@Service
public class RecordModuleResult {

    private static final Logger LOG = LoggerFactory.getLogger(RecordModuleResult.class);

    private final JdbcLearningRecords records;
    private final YamlProgrammeCatalog catalog;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public RecordModuleResult(
            JdbcLearningRecords records, YamlProgrammeCatalog catalog, TransactionTemplate transaction, Clock clock) {
        this.records = records;
        this.catalog = catalog;
        this.transaction = transaction;
        this.clock = clock;
    }

    public ModuleOutcome record(ModuleResult result) {
        ProgrammeDefinition programme = catalog.definition(result.programmeId())
                .orElseThrow(() -> new IllegalArgumentException("unknown programme " + result.programmeId()));
        ProgrammeModule module = programme
                .module(result.moduleId())
                .orElseThrow(() -> new IllegalArgumentException("unknown module " + result.moduleId()));
        boolean passed = result.score() >= module.passMarkPercent();
        String version = catalog.frameworkVersion();
        ModuleOutcome outcome = transaction.execute(status -> {
            Instant now = clock.instant();
            records.append(LearningEvent.enrolled(result.learner(), programme.id(), result.source(), version, now));
            records.append(LearningEvent.moduleResult(
                    result.learner(),
                    programme.id(),
                    module.id(),
                    result.score(),
                    passed,
                    result.assessedOn(),
                    result.source(),
                    version,
                    now));
            boolean completed =
                    records.completion(result.learner(), programme.id()).isPresent();
            boolean completedNow = false;
            if (passed && !completed && allPassed(result, programme)) {
                completedNow = records.append(
                        LearningEvent.completed(result.learner(), programme.id(), result.source(), version, now));
                completed = true;
            }
            return new ModuleOutcome(passed, module.passMarkPercent(), completed, completedNow);
        });
        LOG.info(
                "module result recorded: learner={} programme={} module={} passed={} completedNow={} source={}",
                result.learner(),
                programme.id(),
                module.id(),
                outcome.passed(),
                outcome.completedNow(),
                result.source());
        return outcome;
    }

    private boolean allPassed(ModuleResult result, ProgrammeDefinition programme) {
        Set<String> passed = records.passedModules(result.learner(), programme.id());
        return programme.programme().modules().stream().allMatch(module -> passed.contains(module.id()));
    }
}
