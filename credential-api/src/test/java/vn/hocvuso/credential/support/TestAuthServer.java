package vn.hocvuso.credential.support;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Stands in for auth-server: its JWKS served by WireMock, and access tokens minted as auth-server
 * mints them (ES256 with kid, iss, aud = the credential-api base URL, sub = pairwise subject for
 * the credential-api sector, client_id, scope, acr, auth_time, exp, iat, jti), with a key made here.
 */
public final class TestAuthServer {

    private static final ECKey KEY = generate();
    private static final WireMockServer SERVER = start();

    private TestAuthServer() {}

    public static String url() {
        return SERVER.baseUrl();
    }

    /** A token for the demo wallet, as the authorization code flow would give it. */
    public static String walletToken(String subject, String audience) {
        return mint(
                subject,
                List.of(audience),
                "openid digital_competency_credential",
                "urn:vn:vneid:loa:2",
                Instant.now().plus(Duration.ofMinutes(5)),
                KEY,
                url());
    }

    /** A demo-wallet token bound to the DPoP key with JWK thumbprint {@code jkt} ({@code cnf.jkt}, RFC 9449 §6.1). */
    public static String dpopWalletToken(String subject, String audience, String jkt) {
        return mint(
                subject,
                List.of(audience),
                "openid digital_competency_credential",
                "urn:vn:vneid:loa:2",
                Instant.now().plus(Duration.ofMinutes(5)),
                KEY,
                url(),
                java.util.Map.of("cnf", java.util.Map.of("jkt", jkt)));
    }

    public static String mint(
            String subject,
            List<String> audience,
            String scope,
            String acr,
            Instant expiresAt,
            ECKey key,
            String issuer) {
        return mint(subject, audience, scope, acr, expiresAt, key, issuer, java.util.Map.of());
    }

    private static String mint(
            String subject,
            List<String> audience,
            String scope,
            String acr,
            Instant expiresAt,
            ECKey key,
            String issuer,
            java.util.Map<String, Object> extraClaims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(audience)
                .claim("client_id", "demo-wallet")
                .claim("scope", scope)
                .claim("auth_time", now.minusSeconds(30).getEpochSecond())
                .issueTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString());
        if (acr != null) {
            claims.claim("acr", acr);
        }
        extraClaims.forEach(claims::claim);
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.ES256)
                            .type(JOSEObjectType.JWT)
                            .keyID(key.getKeyID())
                            .build(),
                    claims.build());
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key auth-server signs with here. */
    public static ECKey key() {
        return KEY;
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(get(urlEqualTo("/oauth2/jwks")).willReturn(okJson(new JWKSet(KEY.toPublicJWK()).toString())));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }
}
