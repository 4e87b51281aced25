package vn.hocvuso.credential.status;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads credentials' statuses and changes them for operators: revoke, suspend, reinstate. */
@Service
public class CredentialStatuses {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialStatuses.class);

    private final JdbcStatusListStore store;
    private final StatusLists lists;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** A credential's current status and every change that led to it. */
    public record StatusView(
            String credentialId, CredentialStatus status, List<JdbcStatusListStore.ChangeRow> history) {}

    /** Refused because the credential does not exist. */
    public static final class UnknownCredential extends RuntimeException {
        public UnknownCredential(String credentialId) {
            super("no credential with id " + credentialId);
        }
    }

    /** Refused because the credential's current status does not allow the change. */
    public static final class ChangeRefused extends RuntimeException {
        private final CredentialStatus current;

        public ChangeRefused(StatusChange change, CredentialStatus current) {
            super("cannot " + change.name().toLowerCase(java.util.Locale.ROOT) + " a credential that is "
                    + current.label()
                    + (current == CredentialStatus.INVALID ? ": revocation is final" : ""));
            this.current = current;
        }

        public CredentialStatus current() {
            return current;
        }
    }

    public CredentialStatuses(
            JdbcStatusListStore store, StatusLists lists, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.lists = lists;
        this.events = events;
        this.clock = clock;
    }

    public Optional<CredentialStatus> statusOf(String credentialId) {
        return store.entryOf(credentialId).map(JdbcStatusListStore.EntryRow::status);
    }

    public Optional<StatusView> view(String credentialId) {
        return store.entryOf(credentialId)
                .map(entry -> new StatusView(credentialId, entry.status(), store.history(credentialId)));
    }

    /**
     * Applies {@code change} with its reason, recorded with the operator's name, in one transaction:
     * the entry, the list's version (so the next list served shows it) and the history move together.
     */
    @Transactional
    public StatusView apply(String credentialId, StatusChange change, String reason, String operator) {
        JdbcStatusListStore.EntryRow entry =
                store.entryOf(credentialId).orElseThrow(() -> new UnknownCredential(credentialId));
        if (!change.isAllowedFrom(entry.status())) {
            throw new ChangeRefused(change, entry.status());
        }
        if (!store.changeStatus(entry, entry.status(), change.target())) {
            // Another operator changed it in between: report what it is now.
            CredentialStatus now = store.entryOf(credentialId).orElseThrow().status();
            throw new ChangeRefused(change, now);
        }
        Instant at = clock.instant();
        store.recordChange(
                credentialId, new JdbcStatusListStore.ChangeRow(entry.status(), change.target(), reason, operator, at));
        events.publishEvent(new StatusListChanged(lists.uriOf(entry.listId())));
        LOG.info(
                "credential status changed: credential={} from={} to={} operator={}",
                credentialId,
                entry.status(),
                change.target(),
                operator);
        return new StatusView(credentialId, change.target(), store.history(credentialId));
    }
}
