package vn.hocvuso.auth.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * DPoP proofs (RFC 9449 §4) as a wallet makes them, and the broken ones the tests need: each
 * {@code with...} returns a copy with one thing changed.
 */
public record DPoPProof(
        ECKey key, String htm, String htu, Instant iat, String jti, String kind, String ath, String nonce) {

    public static DPoPProof of(ECKey key, String htm, String htu) {
        return new DPoPProof(key, htm, htu, Instant.now(), UUID.randomUUID().toString(), "ES256", null, null);
    }

    public DPoPProof withIat(Instant value) {
        return new DPoPProof(key, htm, htu, value, jti, kind, ath, nonce);
    }

    /** {@code none}, {@code HS256} or {@code private-jwk} instead of a proper ES256 proof. */
    public DPoPProof as(String value) {
        return new DPoPProof(key, htm, htu, iat, jti, value, ath, nonce);
    }

    /** With a server-provided nonce (RFC 9449 §8). */
    public DPoPProof withNonce(String value) {
        return new DPoPProof(key, htm, htu, iat, jti, kind, ath, value);
    }

    /** For a resource request: {@code ath}, the hash of the access token (RFC 9449 §4.2). */
    public DPoPProof forToken(String accessToken) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
            return new DPoPProof(
                    key, htm, htu, iat, jti, kind, Base64URL.encode(hash).toString(), nonce);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 JWK thumbprint a bound token carries as {@code cnf.jkt} (RFC 9449 §6.1). */
    public static String thumbprint(ECKey key) {
        try {
            return key.toPublicJWK().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String serialize() {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .jwtID(jti)
                .claim("htm", htm)
                .claim("htu", htu)
                .issueTime(Date.from(iat));
        if (ath != null) {
            builder.claim("ath", ath);
        }
        if (nonce != null) {
            builder.claim("nonce", nonce);
        }
        JWTClaimsSet claims = builder.build();
        JOSEObjectType type = new JOSEObjectType("dpop+jwt");
        try {
            switch (kind) {
                case "none" -> {
                    return new PlainJWT(
                                    new com.nimbusds.jose.PlainHeader.Builder()
                                            .type(type)
                                            .customParam(
                                                    "jwk", key.toPublicJWK().toJSONObject())
                                            .build(),
                                    claims)
                            .serialize();
                }
                case "HS256" -> {
                    byte[] secret = new byte[32];
                    SignedJWT jwt = new SignedJWT(
                            new JWSHeader.Builder(JWSAlgorithm.HS256)
                                    .type(type)
                                    .jwk(key.toPublicJWK())
                                    .build(),
                            claims);
                    jwt.sign(new MACSigner(secret));
                    return jwt.serialize();
                }
                case "private-jwk" -> {
                    return signed(key, claims, type);
                }
                default -> {
                    return signed(key.toPublicJWK(), claims, type);
                }
            }
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private SignedJWT header(JWK jwk, JWTClaimsSet claims, JOSEObjectType type) {
        return new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256).type(type).jwk(jwk).build(), claims);
    }

    private String signed(JWK jwk, JWTClaimsSet claims, JOSEObjectType type) throws JOSEException {
        if (jwk.isPrivate()) {
            // Nimbus refuses to put a private key in a header: build the header JSON by hand.
            String header = "{\"alg\":\"ES256\",\"typ\":\"dpop+jwt\",\"jwk\":" + jwk.toJSONString() + "}";
            Base64URL encodedHeader = Base64URL.encode(header);
            Base64URL encodedClaims = Base64URL.encode(claims.toString());
            byte[] input = (encodedHeader + "." + encodedClaims).getBytes(StandardCharsets.US_ASCII);
            Base64URL signature = new ECDSASigner(key).sign(new JWSHeader.Builder(JWSAlgorithm.ES256).build(), input);
            return encodedHeader + "." + encodedClaims + "." + signature;
        }
        SignedJWT jwt = header(jwk, claims, type);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }
}
