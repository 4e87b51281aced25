package vn.hocvuso.credential.agency;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import vn.hocvuso.credential.support.TestAuthServer;

/** Access tokens as auth-server issues them to agency clients (client credentials: {@code sub} = client id). */
final class AgencyTokens {

    static final String SCOPE = "competency.query";

    private AgencyTokens() {}

    static String token(String clientId, String scope, String audience) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(TestAuthServer.url())
                .subject(clientId)
                .audience(audience)
                .claim("client_id", clientId)
                .claim("scope", scope)
                .issueTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.ES256)
                            .type(new JOSEObjectType("at+jwt"))
                            .keyID(TestAuthServer.key().getKeyID())
                            .build(),
                    claims);
            jwt.sign(new ECDSASigner(TestAuthServer.key()));
            return "Bearer " + jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
