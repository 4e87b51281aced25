package vn.hocvuso.credential.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Stands in for auth-server's signing side in tests: an ES256 key made here (never a file), its
 * public JWK set for WireMock to serve at {@code /oauth2/jwks}, and tokens signed with Nimbus the
 * way auth-server signs them.
 */
public final class LearningTestAuthServer {

    public static final ECKey KEY = generate("test-auth-server-key");
    /** A key auth-server does not publish: what a forger would sign with. */
    public static final ECKey FORGER = generate("test-auth-server-key");

    public static final String AUDIENCE = "http://localhost:8080";
    public static final String PROVIDER = "provider-demo";

    private LearningTestAuthServer() {}

    public static String jwks() {
        return new JWKSet(KEY.toPublicJWK()).toString();
    }

    /** A provider's client-credentials access token, as the contract describes it, changed by {@code change}. */
    public static String providerToken(String issuer, Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(PROVIDER)
                .audience(List.of(AUDIENCE))
                .claim("client_id", PROVIDER)
                .claim("scope", "learning.submit")
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString());
        change.accept(claims);
        return sign(claims.build(), KEY);
    }

    public static String providerToken(String issuer) {
        return providerToken(issuer, claims -> {});
    }

    public static String sign(JWTClaimsSet claims, ECKey key) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.ES256)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey generate(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
