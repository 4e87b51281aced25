package vn.hocvuso.nid.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** A {@code private_key_jwt} client assertion (RFC 7523 §3), right by default, each part replaceable. */
public final class ClientAssertion {

    private final TestClient client;
    private List<String> audience;
    private Instant issuedAt = Instant.now();
    private Instant expiresAt = issuedAt.plus(Duration.ofMinutes(2));
    private String jti = UUID.randomUUID().toString();
    private ECKey signingKey;

    private ClientAssertion(TestClient client, String issuer) {
        this.client = client;
        this.audience = List.of(issuer + "/oauth2/token");
        this.signingKey = client.key();
    }

    public static ClientAssertion of(TestClient client, String issuer) {
        return new ClientAssertion(client, issuer);
    }

    public ClientAssertion audience(String... values) {
        this.audience = List.of(values);
        return this;
    }

    public ClientAssertion issuedAt(Instant value) {
        this.issuedAt = value;
        return this;
    }

    public ClientAssertion expiresAt(Instant value) {
        this.expiresAt = value;
        return this;
    }

    public ClientAssertion jti(String value) {
        this.jti = value;
        return this;
    }

    public ClientAssertion signedWith(ECKey key) {
        this.signingKey = key;
        return this;
    }

    public String serialize() {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(client.clientId())
                .subject(client.clientId())
                .audience(audience)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt));
        if (jti != null) {
            claims.jwtID(jti);
        }
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .keyID(signingKey.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims.build());
        try {
            jwt.sign(new ECDSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
