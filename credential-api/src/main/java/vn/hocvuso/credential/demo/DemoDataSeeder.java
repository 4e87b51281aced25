package vn.hocvuso.credential.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.framework.ProgrammeDefinition;
import vn.hocvuso.credential.framework.ProgrammeModule;
import vn.hocvuso.credential.framework.YamlProgrammeCatalog;
import vn.hocvuso.credential.learner.JdbcLearnerDirectory;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learner.LearnerKeys;
import vn.hocvuso.credential.learner.LearnerProfile;
import vn.hocvuso.credential.learning.JdbcLearningRecords;
import vn.hocvuso.credential.learning.LearningCalendar;
import vn.hocvuso.credential.learning.LearningEvent;
import vn.hocvuso.credential.learning.LearningSource;

/**
 * Seeds the demo learners at start so that every path can be tried at once: Nguyễn Văn An has
 * completed the basic programme, Trần Thị Bình is halfway through it, Lê Minh Châu has not started.
 * They are keyed like real learners (the keyed hash of their ID number), their names encrypted.
 * Idempotent: a learner who exists keeps their profile, and a programme with records is left as is,
 * so a restart (or a real login in between) changes nothing. Their pairwise subjects are linked
 * when they first log in.
 */
@Component
public class DemoDataSeeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final DemoDataProperties properties;
    private final JdbcLearnerDirectory learners;
    private final JdbcLearningRecords records;
    private final LearnerKeys keys;
    private final YamlProgrammeCatalog catalog;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public DemoDataSeeder(
            DemoDataProperties properties,
            JdbcLearnerDirectory learners,
            JdbcLearningRecords records,
            LearnerKeys keys,
            YamlProgrammeCatalog catalog,
            TransactionTemplate transaction,
            Clock clock) {
        this.properties = properties;
        this.learners = learners;
        this.records = records;
        this.keys = keys;
        this.catalog = catalog;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (properties.enabled()) {
            seed();
        }
    }

    /** Seeds what is missing; returns how many learners and records were added. */
    public Seeded seed() {
        int learnersAdded = 0;
        int recordsAdded = 0;
        for (DemoLearner demo : DemoLearner.all()) {
            try {
                Seeded seeded = transaction.execute(status -> seed(demo));
                learnersAdded += seeded.learners();
                recordsAdded += seeded.records();
            } catch (DuplicateKeyException e) {
                // another instance seeded the same learner at the same moment: theirs stands
            }
        }
        LOG.info("demo data: learners added={} records added={}", learnersAdded, recordsAdded);
        return new Seeded(learnersAdded, recordsAdded);
    }

    /** What one run added. */
    public record Seeded(int learners, int records) {}

    private Seeded seed(DemoLearner demo) {
        LearnerKey key = keys.of(demo.nationalId());
        Instant now = clock.instant();
        boolean added = learners.addIfAbsent(
                new LearnerProfile(key, demo.givenName(), demo.familyName(), demo.birthDate(), demo.assuranceLevel()),
                now);
        if (demo.passedModules().isEmpty()) {
            return new Seeded(added ? 1 : 0, 0);
        }
        ProgrammeDefinition programme = catalog.definition(DemoLearner.BASIC_PROGRAMME)
                .orElseThrow(() -> new IllegalStateException(
                        "the demo data needs programme " + DemoLearner.BASIC_PROGRAMME + " in the programme file"));
        if (!records.of(key, programme.id()).isEmpty()) {
            return new Seeded(added ? 1 : 0, 0);
        }
        int count = 0;
        String version = catalog.frameworkVersion();
        LearningSource source = LearningSource.demoData();
        // Spread over the last weeks, a module every few days, so the records read like a history.
        Instant at = now.minus(Duration.ofDays(3L * demo.passedModules().size() + 2));
        count += records.append(LearningEvent.enrolled(key, programme.id(), source, version, at)) ? 1 : 0;
        int passed = 0;
        for (Map.Entry<String, Integer> result : demo.passedModules().entrySet()) {
            ProgrammeModule module = programme
                    .module(result.getKey())
                    .orElseThrow(() -> new IllegalStateException(
                            "the demo data names module " + result.getKey() + ", which " + programme.id() + " lacks"));
            boolean pass = result.getValue() >= module.passMarkPercent();
            at = at.plus(Duration.ofDays(3));
            LocalDate day = LocalDate.ofInstant(at, LearningCalendar.ZONE);
            records.append(LearningEvent.moduleResult(
                    key, programme.id(), module.id(), result.getValue(), pass, day, source, version, at));
            count++;
            passed += pass ? 1 : 0;
        }
        if (passed == programme.programme().modules().size()) {
            count += records.append(LearningEvent.completed(key, programme.id(), source, version, at)) ? 1 : 0;
        }
        return new Seeded(added ? 1 : 0, count);
    }
}
