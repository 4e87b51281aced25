package vn.hocvuso.credential.provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.hocvuso.credential.learning.LearningSource;
import vn.hocvuso.credential.learning.ModuleOutcome;
import vn.hocvuso.credential.learning.ModuleResult;
import vn.hocvuso.credential.learning.RecordModuleResult;

/**
 * A training provider submits one result under an Idempotency-Key
 * (draft-ietf-httpapi-idempotency-key-header): checked field by field, then recorded together
 * with the key in one transaction, so that a retry with the same key and content is answered with
 * the stored response and never counted twice, and the same key with other content is refused.
 * A rejected submission changes no record; it is only counted for the data-quality view.
 */
@Service
class SubmitProviderResult {

    private static final Logger LOG = LoggerFactory.getLogger(SubmitProviderResult.class);

    /**
     * Rows of a bulk submission committed together, each in its own savepoint: a row that fails
     * rolls back alone, and the chunk costs one commit instead of one per row. Kept under 64 so that
     * PostgreSQL's per-transaction subtransaction cache never overflows.
     */
    static final int ROWS_PER_COMMIT = 50;

    private final ResultValidator validator;
    private final JdbcProviderSubmissions submissions;
    private final JdbcSubmissionLog log;
    private final RecordModuleResult recordResult;
    private final TransactionTemplate transaction;
    private final TransactionTemplate row;
    private final JsonMapper json;
    private final Clock clock;

    SubmitProviderResult(
            ResultValidator validator,
            JdbcProviderSubmissions submissions,
            JdbcSubmissionLog log,
            RecordModuleResult recordResult,
            TransactionTemplate transaction,
            JsonMapper json,
            Clock clock) {
        this.validator = validator;
        this.submissions = submissions;
        this.log = log;
        this.recordResult = recordResult;
        this.transaction = transaction;
        // A savepoint inside a bulk's transaction; a transaction of its own for a single result.
        this.row = new TransactionTemplate(transaction.getTransactionManager());
        this.row.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.json = json;
        this.clock = clock;
    }

    SubmissionOutcome submit(String clientId, String idempotencyKey, SubmittedResult submitted) {
        Checked checked = validator.check(submitted);
        if (checked.rejection().isPresent()) {
            return reject(clientId, checked.rejection().get());
        }
        ValidResult result = checked.result().orElseThrow();
        String fingerprint = fingerprint(result);
        Optional<SubmissionOutcome> earlier = earlier(clientId, idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return accept(clientId, idempotencyKey, result, fingerprint);
        } catch (DuplicateKeyException e) {
            // The same key was accepted by a concurrent request (or a concurrent first enrolment
            // won the race): everything here rolled back; answer as a retry would be answered.
            return earlier(clientId, idempotencyKey, fingerprint)
                    .orElseGet(() -> accept(clientId, idempotencyKey, result, fingerprint));
        }
    }

    /**
     * Each row of a bulk on its own, all or nothing (a savepoint per row), {@link #ROWS_PER_COMMIT}
     * rows per transaction; row {@code n} is keyed {@code <key>#<n>}. The outcomes are in row order.
     */
    List<SubmissionOutcome> submitAll(String clientId, String idempotencyKey, List<BulkRow> rows) {
        List<SubmissionOutcome> outcomes = new ArrayList<>(rows.size());
        for (int start = 0; start < rows.size(); start += ROWS_PER_COMMIT) {
            List<BulkRow> chunk = rows.subList(start, Math.min(rows.size(), start + ROWS_PER_COMMIT));
            outcomes.addAll(transaction.execute(status -> chunk.stream()
                    .map(bulkRow -> bulkRow.rejection().isPresent()
                            ? reject(clientId, bulkRow.rejection().get())
                            : submit(
                                    clientId,
                                    idempotencyKey + "#" + bulkRow.row(),
                                    bulkRow.result().orElseThrow()))
                    .toList()));
        }
        return outcomes;
    }

    /** Counts a request refused before its content could be checked (missing key, oversize body, ...). */
    SubmissionOutcome reject(String clientId, Rejection rejection) {
        log.rejected(clientId, rejection.reason(), clock.instant());
        LOG.info(
                "provider submission rejected: client={} reason={}",
                clientId,
                rejection.reason().slug());
        return SubmissionOutcome.rejected(rejection);
    }

    private Optional<SubmissionOutcome> earlier(String clientId, String idempotencyKey, String fingerprint) {
        return submissions.find(clientId, idempotencyKey).map(stored -> {
            if (!stored.fingerprint().equals(fingerprint)) {
                return reject(
                        clientId,
                        new Rejection(
                                RejectionReason.IDEMPOTENCY_KEY_REUSED,
                                "this Idempotency-Key was used for a different result; use a new key for a new"
                                        + " result"));
            }
            log.replayed(clientId, clock.instant());
            LOG.info("provider submission replayed: client={}", clientId);
            return SubmissionOutcome.accepted(stored.body(), true);
        });
    }

    private SubmissionOutcome accept(String clientId, String idempotencyKey, ValidResult result, String fingerprint) {
        String body = row.execute(status -> {
            ModuleOutcome outcome = recordResult.record(new ModuleResult(
                    result.learner(),
                    result.programmeId(),
                    result.moduleId(),
                    result.score(),
                    result.assessedOn(),
                    LearningSource.provider(clientId)));
            String answer = json.writeValueAsString(new AcceptedResult(
                    "accepted",
                    result.programmeId(),
                    result.moduleId(),
                    result.score(),
                    result.assessedOn(),
                    outcome.passed(),
                    outcome.passMark(),
                    outcome.programmeCompleted()));
            submissions.insert(
                    clientId,
                    idempotencyKey,
                    new StoredSubmission(fingerprint, HttpStatus.CREATED.value(), answer),
                    clock.instant());
            return answer;
        });
        return SubmissionOutcome.accepted(body, false);
    }

    /** SHA-256 over the learner key (a keyed hash, never the ID number) and the result's fields. */
    private static String fingerprint(ValidResult result) {
        String canonical = String.join(
                "\n",
                "v1",
                result.learner().value(),
                result.programmeId(),
                result.moduleId(),
                Integer.toString(result.score()),
                result.assessedOn().toString());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
