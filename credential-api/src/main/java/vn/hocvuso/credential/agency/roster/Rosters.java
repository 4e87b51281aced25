package vn.hocvuso.credential.agency.roster;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.agency.Agency;
import vn.hocvuso.credential.agency.AgencyQueryMetrics;
import vn.hocvuso.credential.agency.AgencyRateLimiter;
import vn.hocvuso.credential.agency.CompetencyAnswer;
import vn.hocvuso.credential.agency.CompetencyLookup;
import vn.hocvuso.credential.agency.CompetencyQuestion;
import vn.hocvuso.credential.audit.AccessChannel;
import vn.hocvuso.credential.audit.AccessEvent;
import vn.hocvuso.credential.audit.AccessLog;
import vn.hocvuso.credential.audit.AccessOutcome;
import vn.hocvuso.credential.problem.ApiProblem;

/**
 * Registers agencies' rosters and checks their completion. Each check looks at every staff member
 * and logs one {@code roster} entry per member, all in one transaction; a purpose the agency may
 * not state is logged as refused for each member, then answered with 403.
 */
@Service
public class Rosters {

    private final JdbcRosterStore store;
    private final CompetencyLookup lookup;
    private final AccessLog accessLog;
    private final AgencyQueryMetrics metrics;
    private final AgencyRateLimiter limiter;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Rosters(
            JdbcRosterStore store,
            CompetencyLookup lookup,
            AccessLog accessLog,
            AgencyRateLimiter limiter,
            PlatformTransactionManager transactions,
            Clock clock,
            AgencyQueryMetrics metrics) {
        this.store = store;
        this.lookup = lookup;
        this.accessLog = accessLog;
        this.metrics = metrics;
        this.limiter = limiter;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Stores {@code upload} as the agency's roster {@code rosterId}, replacing any earlier one, in one transaction. */
    public void register(Agency agency, String rosterId, RosterUpload upload) {
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> store.replace(agency.id(), rosterId, upload, now));
    }

    public List<String> rosterIds(Agency agency) {
        return store.rosterIds(agency.id());
    }

    /**
     * The roster's completion per unit (certified = holds a currently valid certificate answering
     * {@code question}). {@code withIdNumbers}: also the ID numbers of staff not yet certified, for
     * the agency's own dashboard.
     */
    public RosterCompletion completion(
            Agency agency, String rosterId, String purpose, CompetencyQuestion question, boolean withIdNumbers) {
        List<JdbcRosterStore.UnitRow> units = store.units(agency.id(), rosterId);
        if (units.isEmpty()) {
            throw new ApiProblem(
                    HttpStatus.NOT_FOUND, "unknown-roster", "Unknown roster", "this agency has no roster with this id");
        }
        List<JdbcRosterStore.MemberRow> members = store.members(agency.id(), rosterId);
        limiter.rows(agency.id(), members.size());
        Instant now = clock.instant();
        List<AccessEvent> events = new ArrayList<>(members.size());
        if (!agency.mayState(purpose)) {
            members.forEach(member -> events.add(event(agency, purpose, member, "purpose-not-allowed", false, now)));
            transaction.executeWithoutResult(status -> accessLog.appendAll(events));
            metrics.record(events);
            throw new ApiProblem(
                    HttpStatus.FORBIDDEN,
                    "purpose-not-allowed",
                    "Purpose not allowed",
                    "this agency is not registered for the purpose stated; the attempt has been logged");
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        units.forEach(unit -> tallies.put(unit.id(), new Tally()));
        for (JdbcRosterStore.MemberRow member : members) {
            CompetencyAnswer answer = lookup.answer(member.key(), question);
            events.add(event(agency, purpose, member, answer.code(), true, now));
            Tally tally = tallies.get(member.unitId());
            tally.staff++;
            if (answer.certified() && answer.currentlyValid()) {
                tally.certified++;
            } else if (withIdNumbers) {
                tally.notCertified.add(store.idNumber(agency.id(), rosterId, member));
            }
        }
        transaction.executeWithoutResult(status -> accessLog.appendAll(events));
        metrics.record(events);
        List<RosterCompletion.UnitCompletion> result = new ArrayList<>();
        for (JdbcRosterStore.UnitRow unit : units) {
            Tally tally = tallies.get(unit.id());
            result.add(new RosterCompletion.UnitCompletion(
                    unit.id(), unit.name(), tally.staff, tally.certified, tally.notCertified));
        }
        return new RosterCompletion(rosterId, result);
    }

    private static AccessEvent event(
            Agency agency,
            String purpose,
            JdbcRosterStore.MemberRow member,
            String answer,
            boolean answered,
            Instant at) {
        return new AccessEvent(
                agency.id(),
                purpose,
                AccessChannel.ROSTER,
                Optional.of(member.key()),
                answer,
                answered ? AccessOutcome.ANSWERED : AccessOutcome.REFUSED,
                at);
    }

    private static final class Tally {
        int staff;
        int certified;
        final List<String> notCertified = new ArrayList<>();
    }
}
