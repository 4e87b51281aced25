package vn.hocvuso.auth.federation;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.converter.ClaimTypeConverter;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Decodes upstream ID tokens: the signature is checked against the upstream's JWK set (fetched with
 * the upstream timeouts, cached for the configured time, refetched for an unknown {@code kid}) with
 * only the allow-listed algorithms; an unsigned token ({@code alg: none}), an HMAC token or any
 * other algorithm is refused before a key is even looked up. The claims are then checked by
 * {@link UpstreamIdTokenRules}.
 */
public final class UpstreamIdTokenDecoderFactory implements JwtDecoderFactory<ClientRegistration> {

    private final UpstreamProperties properties;
    private final UpstreamHttp http;
    private final Clock clock;
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    public UpstreamIdTokenDecoderFactory(UpstreamProperties properties, UpstreamHttp http, Clock clock) {
        this.properties = properties;
        this.http = http;
        this.clock = clock;
    }

    @Override
    public JwtDecoder createDecoder(ClientRegistration registration) {
        String jwksUri = registration.getProviderDetails().getJwkSetUri();
        return decoders.computeIfAbsent(
                registration.getRegistrationId() + '|' + jwksUri, ignored -> build(registration, jwksUri));
    }

    private JwtDecoder build(ClientRegistration registration, String jwksUri) {
        Set<JWSAlgorithm> algorithms =
                properties.signingAlgorithms().stream().map(JWSAlgorithm::parse).collect(Collectors.toSet());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys(jwksUri)));
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setClaimSetConverter(
                new ClaimTypeConverter(OidcIdTokenDecoderFactory.createDefaultClaimTypeConverters()));
        decoder.setJwtValidator(
                new UpstreamIdTokenRules(properties, NationalIdClientRegistrations.requiredLevel(registration), clock));
        return decoder;
    }

    private JWKSource<SecurityContext> keys(String jwksUri) {
        JWKSourceBuilder<SecurityContext> builder;
        try {
            builder = JWKSourceBuilder.create(URI.create(jwksUri).toURL(), http.jwksRetriever());
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new UpstreamException(UpstreamException.INVALID_RESPONSE, "the upstream jwks_uri is not a URL", e);
        }
        long ttl = properties.jwksCacheTtl().toMillis();
        if (ttl == 0) {
            return builder.cache(false)
                    .refreshAheadCache(false)
                    .rateLimited(false)
                    .build();
        }
        return builder.cache(ttl, properties.readTimeout().toMillis()).build();
    }
}
