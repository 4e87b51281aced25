package vn.hocvuso.credential.support;

import com.authlete.sd.Disclosure;
import com.authlete.sd.SDJWT;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocvuso.wallet.Proofs;
import vn.hocvuso.wallet.StoredCredential;

/** Presentations as a wallet makes them, and as a forger would: every part under the test's control. */
public final class Presentations {

    public static final String AUDIENCE = "x509_san_dns:localhost";

    private Presentations() {}

    /** What an honest wallet sends. */
    public static String honest(StoredCredential credential, Collection<String> disclose, String nonce) {
        return Proofs.presentation(credential, disclose, AUDIENCE, nonce, Instant.now());
    }

    /** The issuer-signed JWT with these disclosures and a key-binding JWT with {@code kbClaims}, signed by {@code key}. */
    public static String bound(
            String credentialJwt, List<Disclosure> disclosures, Map<String, Object> kbClaims, ECKey key) {
        return new SDJWT(credentialJwt, disclosures, kbJwt(kbClaims, key)).toString();
    }

    /** Key-binding claims as an honest wallet writes them for these disclosures. */
    public static Map<String, Object> kbClaims(String credentialJwt, List<Disclosure> disclosures, String nonce) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iat", Instant.now().getEpochSecond());
        claims.put("aud", AUDIENCE);
        claims.put("nonce", nonce);
        claims.put("sd_hash", new SDJWT(credentialJwt, disclosures).getSDHash());
        return claims;
    }

    /** A key-binding JWT over these claims as they are (even ill-typed ones), ES256 by {@code key}. */
    public static String kbJwt(Map<String, Object> claims, ECKey key) {
        try {
            String input = encode(Map.of("alg", "ES256", "typ", "kb+jwt")) + "." + encode(claims);
            Base64URL signature = new ECDSASigner(key)
                    .sign(new JWSHeader(JWSAlgorithm.ES256), input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + signature;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned JWT ({@code alg: none}) with this header and payload. */
    public static String unsigned(Map<String, Object> header, Map<String, Object> payload) {
        return encode(header) + "." + encode(payload) + ".";
    }

    /** The JWT with its payload replaced and its original signature kept. */
    public static String withPayload(String jwt, Map<String, Object> payload) {
        String[] parts = jwt.split("\\.");
        return parts[0] + "." + encode(payload) + "." + parts[2];
    }

    public static Map<String, Object> payload(String jwt) {
        try {
            return JSONObjectUtils.parse(
                    new String(Base64URL.from(jwt.split("\\.")[1]).decode(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> header(String jwt) {
        try {
            return JSONObjectUtils.parse(
                    new String(Base64URL.from(jwt.split("\\.")[0]).decode(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String encode(Map<String, Object> json) {
        return Base64URL.encode(JSONObjectUtils.toJSONString(json).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** A credential's disclosures named {@code names}, in that order. */
    public static List<Disclosure> disclosures(StoredCredential credential, String... names) {
        return List.of(names).stream()
                .map(name -> credential.disclosures().stream()
                        .filter(d -> name.equals(d.getClaimName()))
                        .findFirst()
                        .orElseThrow())
                .toList();
    }

    public static Date now() {
        return new Date();
    }
}
