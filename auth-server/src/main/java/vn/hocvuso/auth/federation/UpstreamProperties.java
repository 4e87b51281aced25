package vn.hocvuso.auth.federation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The national identity provider this server federates to, prefix {@code auth.upstream}.
 *
 * @param issuer the upstream issuer identifier; its discovery document is read from
 *     {@code <issuer>/.well-known/openid-configuration} and must name the same issuer
 * @param clientId our client id at the upstream
 * @param scopes the scopes asked for at every login
 * @param signingAlgorithms the ID token signature algorithms accepted: {@code ES256}, and
 *     {@code RS256} only if listed; anything else is refused
 * @param connectTimeout connect timeout of every call to the upstream (discovery, token, JWKS, userinfo)
 * @param readTimeout read timeout of every call to the upstream
 * @param metadataCacheTtl how long the discovery document is kept; {@code 0s} reads it at every login
 * @param jwksCacheTtl how long the upstream's JWK set is kept; {@code 0s} reads it at every login.
 *     An unknown {@code kid} always triggers a fresh read
 * @param clockSkew tolerance on {@code exp}, {@code iat} and {@code auth_time}
 * @param maxIdTokenAge ID tokens issued longer ago than this are refused
 */
public record UpstreamProperties(
        @NotNull @DefaultValue("http://localhost:7000") URI issuer,
        @NotBlank @DefaultValue("auth-server") String clientId,

        @NotEmpty @DefaultValue({"openid", "profile", "address", "national_id"})
        List<String> scopes,

        @NotEmpty @DefaultValue("ES256") Set<String> signingAlgorithms,
        @NotNull @DefaultValue("5s") Duration connectTimeout,
        @NotNull @DefaultValue("5s") Duration readTimeout,
        @NotNull @DefaultValue("1h") Duration metadataCacheTtl,
        @NotNull @DefaultValue("5m") Duration jwksCacheTtl,
        @NotNull @DefaultValue("60s") Duration clockSkew,
        @NotNull @DefaultValue("10m") Duration maxIdTokenAge) {

    /** The only ID token algorithms this server will ever accept, whatever is configured. */
    public static final Set<String> SUPPORTED_ALGORITHMS = Set.of("ES256", "RS256");

    public UpstreamProperties {
        if (signingAlgorithms != null && !SUPPORTED_ALGORITHMS.containsAll(signingAlgorithms)) {
            throw new IllegalArgumentException("auth.upstream.signing-algorithms may only hold " + SUPPORTED_ALGORITHMS
                    + ", not " + signingAlgorithms);
        }
        if (scopes != null && !scopes.contains("openid")) {
            throw new IllegalArgumentException("auth.upstream.scopes must contain openid: " + scopes);
        }
    }

    /** The issuer as the exact string the upstream's tokens and responses must carry. */
    public String issuerId() {
        String value = issuer.toString();
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
