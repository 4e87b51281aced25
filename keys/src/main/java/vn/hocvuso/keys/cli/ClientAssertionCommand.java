package vn.hocvuso.keys.cli;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.hocvuso.keys.KeysException;
import vn.hocvuso.keys.ManagedKey;

/**
 * Prints a client assertion (RFC 7523 §2.2, used as {@code private_key_jwt} by OpenID Connect Core
 * §9) signed with the active key of a client's key folder: what a client sends instead of a secret
 * to authenticate at a token endpoint.
 */
@Command(
        name = "client-assertion",
        mixinStandardHelpOptions = true,
        description = {
            "Prints a client assertion JWT (RFC 7523) for private_key_jwt client authentication, signed",
            "with the active key of the folder: iss = sub = the client id, aud = the audience as a single",
            "value, a random jti, iat now and exp at most 5 minutes later. Send it as client_assertion",
            "with client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer."
        })
final class ClientAssertionCommand implements Callable<Integer> {

    /** The longest lifetime the authorization servers of this project accept. */
    static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

    static final int MAX_COUNT = 1_000_000;

    @Mixin
    KeyFolderOptions options;

    @Option(
            names = "--client-id",
            required = true,
            paramLabel = "ID",
            description = "the client id, written as iss and sub")
    String clientId;

    @Option(
            names = "--audience",
            required = true,
            paramLabel = "URL",
            description =
                    "the authorization server's issuer or token endpoint, e.g. http://localhost:9000/oauth2/token")
    String audience;

    @Option(
            names = "--lifetime",
            defaultValue = "60s",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "how long the assertion stays valid, at most 5m (default: ${DEFAULT-VALUE})")
    Duration lifetime;

    @Option(
            names = "--count",
            defaultValue = "1",
            paramLabel = "N",
            description = "how many assertions, one per line, each with its own jti: for a load test that"
                    + " sends each once (default: ${DEFAULT-VALUE}, at most " + MAX_COUNT + ")")
    int count;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (clientId.isBlank()) {
            throw new KeysException("--client-id must not be blank");
        }
        if (audience.isBlank()) {
            throw new KeysException("--audience must not be blank");
        }
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new KeysException("--lifetime must be more than 0 and at most 5m, not " + lifetime);
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new KeysException("--count must be between 1 and " + MAX_COUNT + ", not " + count);
        }
        ManagedKey key = options.open().load().active();
        JWSSigner signer;
        try {
            signer = signer(key.jwk());
        } catch (JOSEException e) {
            throw new KeysException("cannot sign with key " + key.kid() + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < count; i++) {
            spec.commandLine().getOut().println(assertion(key, signer));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private String assertion(ManagedKey key, JWSSigner signer) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(audience)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .build();
        JWSHeader header = new JWSHeader.Builder(key.algorithm().jwsAlgorithm())
                .keyID(key.kid())
                .build();
        SignedJWT assertion = new SignedJWT(header, claims);
        try {
            assertion.sign(signer);
        } catch (JOSEException e) {
            throw new KeysException("cannot sign with key " + key.kid() + ": " + e.getMessage(), e);
        }
        return assertion.serialize();
    }

    private static JWSSigner signer(JWK jwk) throws JOSEException {
        if (KeyType.EC.equals(jwk.getKeyType())) {
            return new ECDSASigner(jwk.toECKey());
        }
        return new RSASSASigner(jwk.toRSAKey());
    }
}
