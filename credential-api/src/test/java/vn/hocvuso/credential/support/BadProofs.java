package vn.hocvuso.credential.support;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hocvuso.wallet.Proofs;

/** Key proofs that break one rule of OID4VCI 1.0 Appendix F.1 each. */
public final class BadProofs {

    private BadProofs() {}

    public static ECKey ecKey(Curve curve) throws Exception {
        return new ECKeyGenerator(curve).keyIDFromThumbprint(true).generate();
    }

    public static String withType(String type, String audience, String nonce) throws Exception {
        ECKey key = ecKey(Curve.P_256);
        return sign(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .type(new JOSEObjectType(type))
                        .jwk(key.toPublicJWK())
                        .build(),
                claims(audience, nonce, Instant.now()),
                new ECDSASigner(key));
    }

    public static String algNone(String audience, String nonce) throws Exception {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("typ", "openid4vci-proof+jwt");
        header.put("alg", "none");
        header.put("jwk", ecKey(Curve.P_256).toPublicJWK().toJSONObject());
        return encode(header) + "."
                + encode(claims(audience, nonce, Instant.now()).toJSONObject()) + ".";
    }

    public static String hs256(String audience, String nonce) throws Exception {
        return sign(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(Proofs.PROOF_TYPE)
                        .jwk(ecKey(Curve.P_256).toPublicJWK())
                        .build(),
                claims(audience, nonce, Instant.now()),
                new MACSigner(new byte[32]));
    }

    public static String rs256(String audience, String nonce) throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).generate();
        return sign(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(Proofs.PROOF_TYPE)
                        .jwk(key.toPublicJWK())
                        .build(),
                claims(audience, nonce, Instant.now()),
                new RSASSASigner(key));
    }

    public static String p384(String audience, String nonce) throws Exception {
        ECKey key = ecKey(Curve.P_384);
        return sign(
                new JWSHeader.Builder(JWSAlgorithm.ES384)
                        .type(Proofs.PROOF_TYPE)
                        .jwk(key.toPublicJWK())
                        .build(),
                claims(audience, nonce, Instant.now()),
                new ECDSASigner(key));
    }

    /** The holder's private key in the header: Nimbus's builders refuse it, so the header is written by hand. */
    public static String privateKeyInHeader(String audience, String nonce) throws Exception {
        ECKey key = ecKey(Curve.P_256);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("typ", "openid4vci-proof+jwt");
        header.put("alg", "ES256");
        header.put("jwk", key.toJSONObject());
        String input = encode(header) + "."
                + encode(claims(audience, nonce, Instant.now()).toJSONObject());
        Base64URL signature =
                new ECDSASigner(key).sign(new JWSHeader(JWSAlgorithm.ES256), input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + signature;
    }

    /** A proof signed by another key than the one in its header. */
    public static String foreignSignature(String audience, String nonce) throws Exception {
        ECKey shown = ecKey(Curve.P_256);
        ECKey signer = ecKey(Curve.P_256);
        return sign(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .type(Proofs.PROOF_TYPE)
                        .jwk(shown.toPublicJWK())
                        .build(),
                claims(audience, nonce, Instant.now()),
                new ECDSASigner(signer));
    }

    public static String issuedAt(Instant issuedAt, String audience, String nonce) throws Exception {
        return Proofs.keyProof(ecKey(Curve.P_256), audience, nonce, issuedAt);
    }

    public static String kidInsteadOfJwk(String audience, String nonce) throws Exception {
        ECKey key = ecKey(Curve.P_256);
        return sign(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .type(Proofs.PROOF_TYPE)
                        .keyID("did:example:123#key-1")
                        .build(),
                claims(audience, nonce, Instant.now()),
                new ECDSASigner(key));
    }

    private static JWTClaimsSet claims(String audience, String nonce, Instant issuedAt) {
        JWTClaimsSet.Builder claims =
                new JWTClaimsSet.Builder().audience(audience).issueTime(Date.from(issuedAt));
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        return claims.build();
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, com.nimbusds.jose.JWSSigner signer)
            throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    private static String encode(Map<String, Object> json) {
        return Base64URL.encode(JSONObjectUtils.toJSONString(json).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
