package vn.hocvuso.credential.operator;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.hocvuso.credential.framework.YamlProgrammeCatalog;
import vn.hocvuso.credential.provider.JdbcSubmissionLog;

/** Computes the data-quality report on demand. */
@Service
class DataQuality {

    private final JdbcDataQuality queries;
    private final JdbcSubmissionLog submissions;
    private final YamlProgrammeCatalog catalog;
    private final Clock clock;

    DataQuality(JdbcDataQuality queries, JdbcSubmissionLog submissions, YamlProgrammeCatalog catalog, Clock clock) {
        this.queries = queries;
        this.submissions = submissions;
        this.catalog = catalog;
        this.clock = clock;
    }

    DataQualityReport report() {
        Map<String, Long> rejections = submissions.rejectionsByReason();
        return new DataQualityReport(
                clock.instant(),
                rejections,
                rejections.values().stream().mapToLong(Long::longValue).sum(),
                submissions.replays(),
                queries.learners(),
                queries.learnersWithIncompleteRecords(),
                queries.learnersNeverLoggedIn(),
                queries.recordsOutsideCatalogue(catalog.definitions()),
                catalog.definitions().stream()
                        .map(programme -> {
                            long enrolled = queries.enrolled(programme.id());
                            long completed = queries.completed(programme.id());
                            return new DataQualityReport.ProgrammeQuality(
                                    programme.id(),
                                    programme.programme().name(),
                                    enrolled,
                                    completed,
                                    enrolled - completed,
                                    queries.passedAllButNotCompleted(programme));
                        })
                        .toList());
    }
}
