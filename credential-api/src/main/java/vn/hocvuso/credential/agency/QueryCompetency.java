package vn.hocvuso.credential.agency;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.audit.AccessChannel;
import vn.hocvuso.credential.audit.AccessEvent;
import vn.hocvuso.credential.audit.AccessLog;
import vn.hocvuso.credential.audit.AccessOutcome;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learner.LearnerKeys;
import vn.hocvuso.credential.learner.NationalIdNumber;
import vn.hocvuso.credential.learning.LearningCalendar;
import vn.hocvuso.credential.problem.ApiProblem;

/**
 * Answers agencies' single and bulk queries and records every look in the access log. The answers
 * are computed first; the log entries are then appended in one transaction, so that a request
 * either has all its entries or none. A refusal (purpose not allowed, malformed number) is logged
 * and committed before the error is thrown.
 */
@Service
public class QueryCompetency {

    static final String PURPOSE_NOT_ALLOWED = "purpose-not-allowed";
    static final String MALFORMED_ID = "malformed-id";

    /** One row of a bulk answer: the answer, or why the row has none. */
    public record RowResult(int row, Optional<CompetencyAnswer> answer, Optional<String> error) {}

    private final CompetencyLookup lookup;
    private final AgencyQueryMetrics metrics;
    private final LearnerKeys keys;
    private final AccessLog accessLog;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public QueryCompetency(
            CompetencyLookup lookup,
            LearnerKeys keys,
            AccessLog accessLog,
            PlatformTransactionManager transactions,
            Clock clock,
            AgencyQueryMetrics metrics) {
        this.lookup = lookup;
        this.keys = keys;
        this.accessLog = accessLog;
        this.metrics = metrics;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** One person's status: 403 for a purpose not allowed, 400 for a malformed number; both logged as refused. */
    public CompetencyAnswer single(Agency agency, String purpose, CompetencyQuestion question, String idNumber) {
        Optional<LearnerKey> subject = key(idNumber);
        Instant now = clock.instant();
        if (!agency.mayState(purpose)) {
            log(List.of(refused(agency, purpose, AccessChannel.SINGLE, subject, PURPOSE_NOT_ALLOWED, now)));
            throw purposeNotAllowed();
        }
        if (subject.isEmpty()) {
            log(List.of(refused(agency, purpose, AccessChannel.SINGLE, subject, MALFORMED_ID, now)));
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST,
                    "malformed-id-number",
                    "Malformed ID number",
                    parse(idNumber).problem().orElse("malformed"));
        }
        CompetencyAnswer answer = lookup.answer(subject.get(), question);
        log(List.of(answered(agency, purpose, AccessChannel.SINGLE, subject.get(), answer, now)));
        return answer;
    }

    /** Each row's answer; rows with a malformed number get an error and are logged as refused. */
    public List<RowResult> bulk(Agency agency, String purpose, CompetencyQuestion question, List<String> idNumbers) {
        Instant now = clock.instant();
        List<AccessEvent> events = new ArrayList<>(idNumbers.size());
        if (!agency.mayState(purpose)) {
            for (String idNumber : idNumbers) {
                events.add(refused(agency, purpose, AccessChannel.BULK, key(idNumber), PURPOSE_NOT_ALLOWED, now));
            }
            log(events);
            throw purposeNotAllowed();
        }
        List<RowResult> results = new ArrayList<>(idNumbers.size());
        int row = 0;
        for (String idNumber : idNumbers) {
            row++;
            Optional<LearnerKey> subject = key(idNumber);
            if (subject.isEmpty()) {
                events.add(refused(agency, purpose, AccessChannel.BULK, subject, MALFORMED_ID, now));
                results.add(new RowResult(row, Optional.empty(), Optional.of(MALFORMED_ID)));
                continue;
            }
            CompetencyAnswer answer = lookup.answer(subject.get(), question);
            events.add(answered(agency, purpose, AccessChannel.BULK, subject.get(), answer, now));
            results.add(new RowResult(row, Optional.of(answer), Optional.empty()));
        }
        log(events);
        return results;
    }

    private void log(List<AccessEvent> events) {
        transaction.executeWithoutResult(status -> accessLog.appendAll(events));
        metrics.record(events);
    }

    private Optional<LearnerKey> key(String idNumber) {
        return parse(idNumber).number().map(number -> keys.of(number.digits()));
    }

    private NationalIdNumber.Parsed parse(String idNumber) {
        return NationalIdNumber.parse(idNumber, LearningCalendar.today(clock));
    }

    static ApiProblem purposeNotAllowed() {
        return new ApiProblem(
                HttpStatus.FORBIDDEN,
                "purpose-not-allowed",
                "Purpose not allowed",
                "this agency is not registered for the purpose stated; the attempt has been logged");
    }

    static AccessEvent answered(
            Agency agency,
            String purpose,
            AccessChannel channel,
            LearnerKey subject,
            CompetencyAnswer answer,
            Instant at) {
        return new AccessEvent(
                agency.id(), purpose, channel, Optional.of(subject), answer.code(), AccessOutcome.ANSWERED, at);
    }

    static AccessEvent refused(
            Agency agency,
            String purpose,
            AccessChannel channel,
            Optional<LearnerKey> subject,
            String reason,
            Instant at) {
        return new AccessEvent(agency.id(), purpose, channel, subject, reason, AccessOutcome.REFUSED, at);
    }

    static LocalDate today(Clock clock) {
        return LearningCalendar.today(clock);
    }
}
