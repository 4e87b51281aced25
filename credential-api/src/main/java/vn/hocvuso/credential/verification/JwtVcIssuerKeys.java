package vn.hocvuso.credential.verification;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The public keys an allow-listed issuer publishes in its JWT VC Issuer Metadata
 * ({@code /.well-known/jwt-vc-issuer}, SD-JWT VC §5), fetched only for issuers of
 * {@code credentials.verifier.trusted-issuers} and kept for a few minutes.
 */
@Component
class JwtVcIssuerKeys {

    static final Duration CACHE = Duration.ofMinutes(5);
    private static final long MAX_BYTES = 256 * 1024;

    private final Set<String> trusted;
    private final HttpDocuments http;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(JWKSet keys, Instant until) {}

    JwtVcIssuerKeys(VerifierProperties properties, HttpDocuments http, Clock clock) {
        this.trusted = properties.trustedIssuers().stream()
                .map(uri -> uri.toString().replaceAll("/+$", ""))
                .collect(Collectors.toUnmodifiableSet());
        this.http = http;
        this.clock = clock;
    }

    boolean isTrusted(String issuer) {
        return trusted.contains(issuer);
    }

    /** The issuer's EC key named {@code kid} (or its only key when the JWT names none). */
    ECKey key(String issuer, String kid) {
        if (!isTrusted(issuer)) {
            throw new CheckFailure("untrusted_issuer", "the issuer " + issuer + " is not trusted by this verifier");
        }
        JWKSet keys = keys(issuer);
        JWK key = kid != null
                ? keys.getKeyByKeyId(kid)
                : keys.size() == 1 ? keys.getKeys().get(0) : null;
        if (!(key instanceof ECKey ec)) {
            throw new CheckFailure("untrusted_issuer", "the issuer " + issuer + " publishes no EC key with kid " + kid);
        }
        return ec;
    }

    private JWKSet keys(String issuer) {
        Instant now = clock.instant();
        Cached cached = cache.get(issuer);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.keys();
        }
        JWKSet keys = fetch(issuer);
        cache.put(issuer, new Cached(keys, now.plus(CACHE)));
        return keys;
    }

    private JWKSet fetch(String issuer) {
        URI uri = metadataUri(issuer);
        try {
            Map<String, Object> metadata = JSONObjectUtils.parse(http.fetch(uri, "application/json", MAX_BYTES));
            if (!issuer.equals(metadata.get("issuer"))) {
                throw new CheckFailure(
                        "untrusted_issuer",
                        "the JWT VC issuer metadata of " + issuer + " names " + metadata.get("issuer"));
            }
            if (!(metadata.get("jwks") instanceof Map<?, ?>)) {
                throw new CheckFailure(
                        "untrusted_issuer", "the JWT VC issuer metadata of " + issuer + " has no inline jwks");
            }
            JWKSet keys = JWKSet.parse(JSONObjectUtils.getJSONObject(metadata, "jwks"));
            List<JWK> publicOnly =
                    keys.getKeys().stream().filter(key -> !key.isPrivate()).toList();
            return new JWKSet(publicOnly);
        } catch (HttpDocuments.Unavailable e) {
            throw new CheckFailure("issuer_unreachable", "the issuer's keys cannot be fetched: " + e.getMessage());
        } catch (ParseException | RuntimeException e) {
            if (e instanceof CheckFailure failure) {
                throw failure;
            }
            throw new CheckFailure("untrusted_issuer", "the JWT VC issuer metadata of " + issuer + " is not valid");
        }
    }

    /** SD-JWT VC §5.1: the well-known segment goes between the host and the issuer's path. */
    static URI metadataUri(String issuer) {
        URI uri = URI.create(issuer);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/.well-known/jwt-vc-issuer" + path);
    }
}
