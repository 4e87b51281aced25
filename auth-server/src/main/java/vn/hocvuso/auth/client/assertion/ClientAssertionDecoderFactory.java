package vn.hocvuso.auth.client.assertion;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jose.jws.JwsAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import vn.hocvuso.auth.client.RelyingParty;

/**
 * Verifies client assertions ({@code private_key_jwt}, RFC 7523) against the client's keys: the
 * public JWK set registered inline (demo clients, or keys handed over by an agency) or fetched from
 * its {@code jwk_set_url} with short timeouts. Only the one algorithm registered for the client is
 * accepted (ES256 or RS256); {@code none}, HMAC and everything else are refused. The claims are
 * then checked by {@link ClientAssertionRules}.
 */
public final class ClientAssertionDecoderFactory implements JwtDecoderFactory<RegisteredClient> {

    static final Set<SignatureAlgorithm> ALLOWED = Set.of(SignatureAlgorithm.ES256, SignatureAlgorithm.RS256);
    private static final int MAX_JWKS_BYTES = 64 * 1024;

    private final Set<String> audiences;
    private final Duration maxLifetime;
    private final JdbcAssertionJtiStore jtis;
    private final Clock clock;
    private final Duration timeout;
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    /**
     * @param audiences the accepted {@code aud} values: this issuer and its token endpoint
     * @param maxLifetime the longest accepted assertion lifetime
     * @param timeout connect and read timeout for fetching a client's JWK set
     */
    public ClientAssertionDecoderFactory(
            Set<String> audiences, Duration maxLifetime, JdbcAssertionJtiStore jtis, Clock clock, Duration timeout) {
        this.audiences = Set.copyOf(audiences);
        this.maxLifetime = maxLifetime;
        this.jtis = jtis;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    public JwtDecoder createDecoder(RegisteredClient client) {
        String fingerprint = client.getId()
                + '|'
                + client.getClientSettings().getJwkSetUrl()
                + '|'
                + RelyingParty.of(client).inlineJwks().orElse("")
                + '|'
                + client.getClientSettings().getTokenEndpointAuthenticationSigningAlgorithm();
        return decoders.computeIfAbsent(fingerprint, ignored -> build(client));
    }

    private JwtDecoder build(RegisteredClient client) {
        JwsAlgorithm algorithm = client.getClientSettings().getTokenEndpointAuthenticationSigningAlgorithm();
        if (!(algorithm instanceof SignatureAlgorithm signature) || !ALLOWED.contains(signature)) {
            throw invalidClient("the client has no allowed assertion algorithm");
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(
                new JWSVerificationKeySelector<>(JWSAlgorithm.parse(signature.getName()), keys(client)));
        // RFC 7523 sets no "typ"; accept the usual ones and the explicit type of the newer drafts.
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                JOSEObjectType.JWT, new JOSEObjectType("client-authentication+jwt"), null));
        // The claims are checked by ClientAssertionRules, with the jti last.
        processor.setJWTClaimsSetVerifier((claims, context) -> {});
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setClaimSetConverter(ClientAssertionDecoderFactory::claimsAsSent);
        decoder.setJwtValidator(new ClientAssertionRules(client, audiences, maxLifetime, jtis, clock));
        return token -> {
            requireSingleAudience(token);
            return decoder.decode(token);
        };
    }

    private JWKSource<SecurityContext> keys(RegisteredClient client) {
        String inline = RelyingParty.of(client).inlineJwks().orElse(null);
        if (inline != null) {
            try {
                return new ImmutableJWKSet<>(JWKSet.parse(inline));
            } catch (ParseException e) {
                throw invalidClient("the client's registered keys cannot be read");
            }
        }
        String url = client.getClientSettings().getJwkSetUrl();
        if (url == null) {
            throw invalidClient("the client has no keys");
        }
        int millis = (int) timeout.toMillis();
        try {
            return JWKSourceBuilder.<SecurityContext>create(
                            URI.create(url).toURL(), new DefaultResourceRetriever(millis, millis, MAX_JWKS_BYTES))
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw invalidClient("the client's jwk_set_url is not a URL");
        }
    }

    /**
     * The claims as the client sent them. Spring Security's default conversion invents an
     * {@code iat} one second before {@code exp} when there is none, which would make an assertion
     * without {@code iat} (RFC 7523 allows it, Nimbus sends it so) look issued in the future.
     */
    static Map<String, Object> claimsAsSent(Map<String, Object> claims) {
        Map<String, Object> converted = new HashMap<>(DEFAULT_CONVERSION.convert(claims));
        if (!claims.containsKey("iat")) {
            converted.remove("iat");
        }
        return converted;
    }

    private static final MappedJwtClaimSetConverter DEFAULT_CONVERSION =
            MappedJwtClaimSetConverter.withDefaults(Map.of());

    /** RFC 7523 allows an array; this server wants one audience, itself, and says so by refusing arrays. */
    static void requireSingleAudience(String token) {
        try {
            JWT jwt = JWTParser.parse(token);
            if (!(jwt instanceof SignedJWT signed)) {
                throw new BadJwtException("a client assertion must be signed");
            }
            Map<String, Object> claims = signed.getPayload().toJSONObject();
            if (claims == null || !(claims.get("aud") instanceof String)) {
                throw new BadJwtException("aud must be a single string");
            }
        } catch (ParseException e) {
            throw new BadJwtException("the client assertion is not a JWT", e);
        }
    }

    private static OAuth2AuthenticationException invalidClient(String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT, reason, null));
    }
}
