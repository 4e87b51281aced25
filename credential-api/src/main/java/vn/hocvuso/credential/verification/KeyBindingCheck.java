package vn.hocvuso.credential.verification;

import com.authlete.sd.SDJWT;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The key-binding JWT (RFC 9901 §4.3, §7.3; OID4VP 1.0 Appendix B.3.6): {@code typ kb+jwt}, an
 * allowed algorithm, signed by the holder key the issuer put in {@code cnf.jwk}, {@code nonce} the
 * request's, {@code aud} this verifier's Client Identifier, {@code iat} fresh, and {@code sd_hash}
 * the digest of exactly the presented SD-JWT (so no disclosure can be added or removed).
 */
final class KeyBindingCheck {

    static final JOSEObjectType KB_JWT = new JOSEObjectType("kb+jwt");

    private KeyBindingCheck() {}

    static CheckResult check(
            SDJWT presented,
            Map<String, Object> payload,
            Expectations expected,
            Instant now,
            Duration maxAge,
            Duration skew) {
        if (presented.getBindingJwt() == null || presented.getBindingJwt().isEmpty()) {
            throw new CheckFailure("missing", "the presentation has no key-binding JWT");
        }
        if (!Base64UrlSegments.canonical(presented.getBindingJwt())) {
            throw new CheckFailure("malformed", "the key-binding JWT is not a signed JWT in canonical base64url");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(presented.getBindingJwt());
        } catch (ParseException e) {
            throw new CheckFailure("malformed", "the key-binding JWT is not a signed JWT");
        }
        if (!KB_JWT.equals(jwt.getHeader().getType())) {
            throw new CheckFailure("wrong_type", "the key-binding JWT's typ is not kb+jwt");
        }
        Algorithms.requireAllowed(jwt, "algorithm_not_allowed", "the key-binding JWT");
        ECPublicKey holder = holderKey(payload);
        if (!Algorithms.verifies(jwt, holder)) {
            throw new CheckFailure("bad_signature", "the key-binding JWT is not signed by the credential's holder key");
        }
        Map<String, Object> claims = jwt.getPayload().toJSONObject();
        if (claims == null) {
            throw new CheckFailure("malformed", "the key-binding JWT's payload is not a JSON object");
        }
        if (!(claims.get("nonce") instanceof String nonce) || !same(nonce, expected.nonce())) {
            throw new CheckFailure("wrong_nonce", "the key-binding JWT is for another nonce");
        }
        if (!audience(claims.get("aud")).equals(List.of(expected.audience()))) {
            throw new CheckFailure("wrong_audience", "the key-binding JWT is for another audience");
        }
        Instant issuedAt = Claims.instant(claims, "iat", "malformed")
                .orElseThrow(() -> new CheckFailure("malformed", "the key-binding JWT has no iat"));
        if (issuedAt.isBefore(now.minus(maxAge))) {
            throw new CheckFailure("stale", "the key-binding JWT is older than " + maxAge.toSeconds() + " s");
        }
        if (issuedAt.isAfter(now.plus(skew))) {
            throw new CheckFailure("future", "the key-binding JWT's iat is in the future");
        }
        if (!(claims.get("sd_hash") instanceof String sdHash) || !sdHash.equals(presented.getSDHash())) {
            throw new CheckFailure(
                    "wrong_sd_hash", "the key-binding JWT's sd_hash is not the digest of this presentation");
        }
        return CheckResult.passed(
                Check.KEY_BINDING,
                "bound",
                "signed by the holder key for this nonce and audience, over this presentation");
    }

    private static ECPublicKey holderKey(Map<String, Object> payload) {
        if (!(payload.get("cnf") instanceof Map<?, ?> cnf) || !(cnf.get("jwk") instanceof Map<?, ?> jwk)) {
            throw new CheckFailure("no_holder_key", "the credential names no holder key (cnf.jwk)");
        }
        try {
            @SuppressWarnings("unchecked")
            JWK key = JWK.parse((Map<String, Object>) jwk);
            return Algorithms.p256(key instanceof ECKey ec ? ec : null)
                    .orElseThrow(() ->
                            new CheckFailure("no_holder_key", "the credential's holder key is not a public P-256 key"));
        } catch (ParseException | RuntimeException e) {
            if (e instanceof CheckFailure failure) {
                throw failure;
            }
            throw new CheckFailure("no_holder_key", "the credential's holder key does not parse");
        }
    }

    /** RFC 7519 §4.1.3 allows a list; OID4VP wants the one Client Identifier, so a list must hold only it. */
    private static List<Object> audience(Object aud) {
        if (aud instanceof List<?> list) {
            return new java.util.ArrayList<Object>(list);
        }
        return aud == null ? List.of() : List.of(aud);
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
