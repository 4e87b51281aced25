package vn.hocvuso.auth.authorize;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import vn.hocvuso.auth.client.RelyingParty;

/**
 * Request objects (OIDC Core §6.1): the authorization request's parameters as the claims of a JWT
 * passed in {@code request}. Signed ones (ES256 or RS256) are verified with the client's registered
 * keys, the same keys as its {@code private_key_jwt} assertions (inline or at its
 * {@code jwk_set_url}), and must name this server in {@code aud}. Unsigned ones ({@code alg: none})
 * are accepted: they carry no more authority than the same parameters in the query, and are treated
 * exactly like them. Encrypted ones are refused.
 */
public final class RequestObjects {

    /** The algorithms a signed request object may use; {@code none} is listed in metadata too. */
    public static final List<String> SIGNING_ALGORITHMS = List.of("ES256", "RS256", "none");

    private static final Set<String> NOT_PARAMETERS = Set.of("iss", "aud", "exp", "nbf", "iat", "jti");
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    private static final int MAX_JWKS_BYTES = 64 * 1024;

    /** A request object that cannot be used; the reason is for the error description, never personal data. */
    public static final class InvalidRequestObject extends Exception {
        InvalidRequestObject(String reason) {
            super(reason);
        }
    }

    private final String issuer;
    private final Clock clock;
    private final Duration timeout;
    private final Map<String, JWKSource<SecurityContext>> keys = new ConcurrentHashMap<>();

    public RequestObjects(String issuer, Clock clock, Duration timeout) {
        this.issuer = issuer;
        this.clock = clock;
        this.timeout = timeout;
    }

    /**
     * The parameters of the request object, checked against the client and the outer parameters
     * ({@code client_id} and {@code response_type} must agree, OIDC Core §6.1).
     */
    public Map<String, String> parameters(String requestObject, RegisteredClient client, Map<String, String> outer)
            throws InvalidRequestObject {
        JWTClaimsSet claims = verify(requestObject, client);
        String clientId = client.getClientId();
        if (claims.getIssuer() != null && !clientId.equals(claims.getIssuer())) {
            throw new InvalidRequestObject("iss is not the client");
        }
        requireSame(claims, outer, "client_id");
        requireSame(claims, outer, "response_type");
        Instant now = clock.instant();
        Date expires = claims.getExpirationTime();
        if (expires != null && now.minus(CLOCK_SKEW).isAfter(expires.toInstant())) {
            throw new InvalidRequestObject("the request object has expired");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.plus(CLOCK_SKEW).isBefore(notBefore.toInstant())) {
            throw new InvalidRequestObject("the request object is not valid yet");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, Object> claim : claims.getClaims().entrySet()) {
            if (!NOT_PARAMETERS.contains(claim.getKey()) && claim.getValue() != null) {
                parameters.put(claim.getKey(), asParameter(claim.getValue()));
            }
        }
        return parameters;
    }

    private JWTClaimsSet verify(String requestObject, RegisteredClient client) throws InvalidRequestObject {
        JWT jwt;
        try {
            jwt = JWTParser.parse(requestObject);
        } catch (ParseException e) {
            throw new InvalidRequestObject("the request object is not a JWT");
        }
        try {
            if (jwt instanceof PlainJWT plain) {
                return plain.getJWTClaimsSet();
            }
            if (!(jwt instanceof SignedJWT signed)) {
                throw new InvalidRequestObject("encrypted request objects are not supported");
            }
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSTypeVerifier((type, context) -> {});
            processor.setJWSKeySelector(
                    new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256), keys(client)));
            processor.setJWTClaimsSetVerifier((claims, context) -> {});
            JWTClaimsSet claims = processor.process(signed, null);
            if (claims.getAudience() == null || !claims.getAudience().contains(issuer)) {
                throw new InvalidRequestObject("a signed request object must name this server in aud");
            }
            return claims;
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new InvalidRequestObject("the request object's signature cannot be verified");
        }
    }

    private JWKSource<SecurityContext> keys(RegisteredClient client) throws InvalidRequestObject {
        String inline = RelyingParty.of(client).inlineJwks().orElse(null);
        String url = client.getClientSettings().getJwkSetUrl();
        if (inline == null && url == null) {
            throw new InvalidRequestObject("the client has no registered keys");
        }
        String fingerprint = client.getId() + '|' + url + '|' + (inline == null ? "" : inline);
        try {
            return keys.computeIfAbsent(fingerprint, ignored -> source(inline, url));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestObject("the client's registered keys cannot be read");
        }
    }

    private JWKSource<SecurityContext> source(String inline, String url) {
        try {
            if (inline != null) {
                return new ImmutableJWKSet<>(JWKSet.parse(inline));
            }
            int millis = (int) timeout.toMillis();
            return JWKSourceBuilder.<SecurityContext>create(
                            URI.create(url).toURL(), new DefaultResourceRetriever(millis, millis, MAX_JWKS_BYTES))
                    .build();
        } catch (ParseException | MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void requireSame(JWTClaimsSet claims, Map<String, String> outer, String name)
            throws InvalidRequestObject {
        Object inside = claims.getClaim(name);
        if (inside != null && !inside.toString().equals(outer.get(name))) {
            throw new InvalidRequestObject(name + " differs from the request's");
        }
    }

    @SuppressWarnings("unchecked")
    private static String asParameter(Object value) {
        if (value instanceof Map<?, ?> object) {
            return JSONObjectUtils.toJSONString((Map<String, ?>) object);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(Object::toString).collect(Collectors.joining(" "));
        }
        return value.toString();
    }
}
