package vn.hocvuso.credential.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.hocvuso.wallet.DPoPProofs;

/**
 * DPoP proofs (RFC 9449 §4) for tests, built header and claims as plain maps so that each can be
 * made wrong in exactly one way (a private key in {@code jwk}, {@code alg none}, HS256, ...).
 */
public final class DPoPProof {

    private final ECKey key;
    private final Map<String, Object> header = new LinkedHashMap<>();
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private String signing = "ES256";
    private ECKey signingKey;

    private DPoPProof(ECKey key, String method, String uri, Instant issuedAt) {
        this.key = key;
        this.signingKey = key;
        header.put("typ", "dpop+jwt");
        header.put("alg", "ES256");
        header.put("jwk", key.toPublicJWK().toJSONObject());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("htm", method);
        claims.put("htu", uri);
        claims.put("iat", issuedAt.getEpochSecond());
    }

    /** A valid proof of {@code key} for {@code method uri} now, before any change. */
    public static DPoPProof of(ECKey key, String method, String uri) {
        return new DPoPProof(key, method, uri, Instant.now());
    }

    public DPoPProof accessToken(String token) {
        claims.put("ath", DPoPProofs.accessTokenHash(token));
        return this;
    }

    public DPoPProof nonce(String nonce) {
        claims.put("nonce", nonce);
        return this;
    }

    public DPoPProof claim(String name, Object value) {
        if (value == null) {
            claims.remove(name);
        } else {
            claims.put(name, value);
        }
        return this;
    }

    public DPoPProof header(String name, Object value) {
        if (value == null) {
            header.remove(name);
        } else {
            header.put(name, value);
        }
        return this;
    }

    /** Signed by another key than the one in {@code jwk}. */
    public DPoPProof signedBy(ECKey other) {
        this.signingKey = other;
        return this;
    }

    /** The private key itself in the {@code jwk} header. */
    public DPoPProof privateJwk() {
        header.put("jwk", key.toJSONObject());
        return this;
    }

    /** {@code alg none}, no signature. */
    public DPoPProof unsigned() {
        header.put("alg", "none");
        signing = "none";
        return this;
    }

    /** HS256 with a shared secret. */
    public DPoPProof hmac() {
        header.put("alg", "HS256");
        signing = "HS256";
        return this;
    }

    public String serialize() {
        String input = Base64URL.encode(JSONObjectUtils.toJSONString(header)) + "."
                + Base64URL.encode(JSONObjectUtils.toJSONString(claims));
        byte[] bytes = input.getBytes(StandardCharsets.US_ASCII);
        try {
            return switch (signing) {
                case "none" -> input + ".";
                case "HS256" ->
                    input + "."
                            + new MACSigner("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII))
                                    .sign(new JWSHeader(JWSAlgorithm.HS256), bytes);
                default -> input + "." + new ECDSASigner(signingKey).sign(new JWSHeader(JWSAlgorithm.ES256), bytes);
            };
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
