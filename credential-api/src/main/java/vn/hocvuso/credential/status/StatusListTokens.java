package vn.hocvuso.credential.status;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import vn.hocvuso.credential.issuer.IssuerJwtSigner;

/**
 * The signed status list tokens (draft-ietf-oauth-status-list §5.1). A token is kept and served
 * again until its list changes (its version in the database moves) or its {@code ttl} passes; only
 * then is it rebuilt and signed again, so that verifiers polling a list cost one small query.
 */
@Service
public class StatusListTokens {

    public static final JOSEObjectType TYPE = new JOSEObjectType("statuslist+jwt");

    private final JdbcStatusListStore store;
    private final StatusLists lists;
    private final IssuerJwtSigner signer;
    private final StatusListProperties properties;
    private final Clock clock;
    private final Map<Long, SignedList> cache = new ConcurrentHashMap<>();

    /** A signed list token, the list version it shows, when it was signed and its entity tag. */
    public record SignedList(String token, long version, Instant signedAt, String etag) {}

    public StatusListTokens(
            JdbcStatusListStore store,
            StatusLists lists,
            IssuerJwtSigner signer,
            StatusListProperties properties,
            Clock clock) {
        this.store = store;
        this.lists = lists;
        this.signer = signer;
        this.properties = properties;
        this.clock = clock;
    }

    /** The current signed token of list {@code listId}, or empty when there is no such list. */
    public Optional<SignedList> token(long listId) {
        return store.list(listId).map(this::current);
    }

    private SignedList current(JdbcStatusListStore.ListRow row) {
        Instant now = clock.instant();
        SignedList cached = cache.get(row.id());
        if (cached != null
                && cached.version() == row.version()
                && now.isBefore(cached.signedAt().plus(properties.ttl()))) {
            return cached;
        }
        SignedList signed = sign(row, now);
        cache.put(row.id(), signed);
        return signed;
    }

    private SignedList sign(JdbcStatusListStore.ListRow row, Instant now) {
        // The version is read before the entries: the token shows at least that version.
        StatusList list = new StatusList(row.size());
        for (JdbcStatusListStore.EntryRow entry : store.changedEntries(row.id())) {
            list.set(entry.index(), entry.status().code());
        }
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(lists.uriOf(row.id()).toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(properties.tokenValidity())))
                .claim("ttl", properties.ttl().toSeconds())
                .claim(
                        "status_list",
                        Map.of(
                                "bits",
                                StatusList.BITS,
                                "lst",
                                Base64URL.encode(list.compressed()).toString()))
                .build();
        String token = signer.sign(TYPE, claims);
        return new SignedList(token, row.version(), now, etag(token));
    }

    private static String etag(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return "\"" + Base64URL.encode(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
