package vn.hocvuso.wallet;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** DPoP proofs (RFC 9449 §4): {@code typ dpop+jwt}, ES256, the public key in {@code jwk}. */
public final class DPoPProofs {

    public static final JOSEObjectType DPOP_TYPE = new JOSEObjectType("dpop+jwt");

    private DPoPProofs() {}

    /**
     * A proof for one request: {@code jti}, {@code htm}, {@code htu} (without query and fragment),
     * {@code iat}, and when given {@code ath} (the hash of {@code accessToken}) and {@code nonce}.
     */
    public static String proof(
            ECKey key, String method, String uri, String accessToken, String nonce, Instant issuedAt) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(DPOP_TYPE)
                .jwk(key.toPublicJWK())
                .build();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .claim("htm", method)
                .claim("htu", uri.replaceFirst("[?#].*$", ""))
                .issueTime(Date.from(issuedAt));
        if (accessToken != null) {
            claims.claim("ath", accessTokenHash(accessToken));
        }
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        try {
            SignedJWT jwt = new SignedJWT(header, claims.build());
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new WalletException("cannot sign a DPoP proof", e);
        }
    }

    /** {@code ath}: base64url of the SHA-256 of the access token's ASCII bytes (§4.2). */
    public static String accessTokenHash(String accessToken) {
        try {
            return Base64URL.encode(MessageDigest.getInstance("SHA-256")
                            .digest(accessToken.getBytes(StandardCharsets.US_ASCII)))
                    .toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
