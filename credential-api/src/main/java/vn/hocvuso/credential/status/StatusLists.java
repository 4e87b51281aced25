package vn.hocvuso.credential.status;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hocvuso.credential.config.CredentialApiProperties;

/**
 * Allocates each new credential a random, unique index in a status list. Random, so that an index
 * tells nothing of when or to whom a credential was issued (draft-ietf-oauth-status-list §13.1);
 * unique because the database refuses a second owner for an index, whichever instance asks.
 */
@Service
public class StatusLists {

    /** Probes of a list before moving on to a new one: at 16 misses in a row, the list is well over half full. */
    static final int PROBES_PER_LIST = 16;

    private final JdbcStatusListStore store;
    private final StatusListProperties properties;
    private final String baseUrl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public StatusLists(
            JdbcStatusListStore store, StatusListProperties properties, CredentialApiProperties app, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.baseUrl = app.baseUrl().toString().replaceAll("/+$", "");
        this.clock = clock;
    }

    /** The URI of list {@code listId}: the {@code uri} of status references and the {@code sub} of the list's token. */
    public URI uriOf(long listId) {
        return URI.create(baseUrl + "/status-lists/" + listId);
    }

    /**
     * Allocates an index for {@code credentialId} inside the caller's transaction, so that the index
     * is released again if the issuance fails later.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StatusReference allocate(String credentialId) {
        JdbcStatusListStore.ListRow list = store.newestList().orElseGet(() -> open(1));
        for (int round = 0; round < 4; round++) {
            for (int probe = 0; probe < PROBES_PER_LIST; probe++) {
                int index = random.nextInt(list.size());
                if (store.tryAllocate(list.id(), index, credentialId)) {
                    return new StatusReference(list.id(), index, uriOf(list.id()));
                }
            }
            list = open(list.id() + 1);
        }
        throw new IllegalStateException("no free status index after opening new lists; is the database writable?");
    }

    private JdbcStatusListStore.ListRow open(long id) {
        store.createList(id, properties.listSize(), clock.instant());
        return store.list(id).orElseThrow(() -> new IllegalStateException("status list " + id + " vanished"));
    }
}
