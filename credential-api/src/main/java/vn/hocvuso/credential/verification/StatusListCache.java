package vn.hocvuso.credential.verification;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.hocvuso.credential.status.StatusListChanged;

/**
 * Status lists fetched over HTTP from the {@code uri} a credential names, their token checked with
 * the same issuer trust as the credential, and kept for the time the token allows
 * (draft-ietf-oauth-status-list §8.2, §13.7): until its {@code ttl} passes (at most
 * {@code credentials.verifier.status-list-max-cache}) and never past its {@code exp}. A list that
 * cannot be fetched or checked is not cached: the next verification tries again.
 *
 * <p>A list this very instance publishes is dropped from the cache as soon as a status in it
 * changes, so that the employer page of the issuer never shows a revoked credential as valid. Other
 * instances, and other verifiers, see the change within the list's {@code ttl}, as the
 * specification intends.
 */
@Component
class StatusListCache {

    static final JOSEObjectType STATUS_LIST_TYPE = new JOSEObjectType("statuslist+jwt");
    static final String MEDIA_TYPE = "application/statuslist+jwt";
    /** 8 bits per entry × 2^24 entries: far above any list we would meet, small enough to hold. */
    private static final int MAX_LIST_BYTES = 16 * 1024 * 1024;

    private final HttpDocuments http;
    private final IssuerTrust trust;
    private final VerifierProperties properties;
    private final Clock clock;
    private final Map<String, FetchedStatusList> cache = new ConcurrentHashMap<>();

    StatusListCache(HttpDocuments http, IssuerTrust trust, VerifierProperties properties, Clock clock) {
        this.http = http;
        this.trust = trust;
        this.properties = properties;
        this.clock = clock;
    }

    /** The list at {@code uri}, signed by {@code issuer}; {@link CheckFailure} when it cannot be had. */
    FetchedStatusList list(String uri, String issuer) {
        Instant now = clock.instant();
        FetchedStatusList cached = cache.get(uri);
        if (cached != null && cached.issuer().equals(issuer) && now.isBefore(cached.usableUntil())) {
            return cached;
        }
        FetchedStatusList fetched = fetch(uri, issuer, now);
        cache.put(uri, fetched);
        return fetched;
    }

    /** Drops a list of this instance whose entries just changed (after the change committed). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onStatusChange(StatusListChanged changed) {
        cache.remove(changed.uri().toString());
    }

    private FetchedStatusList fetch(String uri, String issuer, Instant now) {
        String token;
        try {
            token = http.fetch(
                    URI.create(uri), MEDIA_TYPE, properties.statusListMaxSize().toBytes());
        } catch (HttpDocuments.Unavailable e) {
            throw new CheckFailure("unreachable", "the status list cannot be fetched: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CheckFailure("invalid_list", "the status list address is not a URI");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token.strip());
        } catch (ParseException e) {
            throw new CheckFailure("invalid_list", "the status list is not a signed JWT");
        }
        if (!STATUS_LIST_TYPE.equals(jwt.getHeader().getType())) {
            throw new CheckFailure("invalid_list", "the status list token's typ is not statuslist+jwt");
        }
        try {
            trust.verify(jwt, issuer, now);
        } catch (CheckFailure failure) {
            throw new CheckFailure(
                    "invalid_list",
                    "the status list is not signed by the credential's issuer: " + failure.getMessage());
        }
        Map<String, Object> claims = jwt.getPayload().toJSONObject();
        if (claims == null || !uri.equals(claims.get("sub"))) {
            throw new CheckFailure("invalid_list", "the status list token's sub is not the list's URI");
        }
        Instant expires = Claims.instant(claims, "exp", "invalid_list").orElse(null);
        if (expires != null && !expires.isAfter(now)) {
            throw new CheckFailure("invalid_list", "the status list token has expired");
        }
        if (Claims.instant(claims, "iat", "invalid_list").isEmpty()) {
            throw new CheckFailure("invalid_list", "the status list token has no iat");
        }
        if (!(claims.get("status_list") instanceof Map<?, ?> list)
                || !(list.get("bits") instanceof Number bits)
                || !(list.get("lst") instanceof String lst)) {
            throw new CheckFailure("invalid_list", "the status list token has no status_list with bits and lst");
        }
        int bitCount = bits.intValue();
        if (bits.doubleValue() != bitCount || (bitCount != 1 && bitCount != 2 && bitCount != 4 && bitCount != 8)) {
            throw new CheckFailure("invalid_list", "the status list's bits is not 1, 2, 4 or 8");
        }
        byte[] bytes = FetchedStatusList.inflate(new Base64URL(lst).decode(), MAX_LIST_BYTES);
        return new FetchedStatusList(issuer, bitCount, bytes, usableUntil(claims, now, expires));
    }

    private Instant usableUntil(Map<String, Object> claims, Instant now, Instant expires) {
        Duration keep = properties.statusListMaxCache();
        if (claims.get("ttl") instanceof Number ttl && ttl.longValue() >= 0) {
            keep = Duration.ofSeconds(Math.min(ttl.longValue(), keep.toSeconds()));
        }
        Instant until = now.plus(keep);
        return expires != null && expires.isBefore(until) ? expires : until;
    }
}
