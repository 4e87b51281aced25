package vn.hocvuso.credential.dpop;

import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.DPoPProofContext;
import org.springframework.security.oauth2.jwt.DPoPProofJwtDecoderFactory;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.issuance.Secrets;

/**
 * Checks a DPoP proof (RFC 9449 §4.3). Spring Security's {@link DPoPProofJwtDecoderFactory} parses
 * it and checks {@code typ dpop+jwt}, an asymmetric {@code alg} (RSA or EC families: never
 * {@code none} or HMAC), a public {@code jwk} header and the signature; then our claim checks run in
 * this order, stopping at the first failure: {@code htm}, {@code htu} (against our public URL, not
 * the Host header), the {@code iat} window, {@code ath}, the key's thumbprint against the token's
 * {@code cnf.jkt}, the server nonce, and last the {@code jti}, recorded only for an otherwise valid
 * proof.
 */
@Component
public class DPoPProofVerifier {

    /** The JWS algorithms the proof may use: those {@link DPoPProofJwtDecoderFactory} accepts. */
    public static final List<String> ALGORITHMS =
            List.of("ES256", "ES384", "ES512", "PS256", "PS384", "PS512", "RS256", "RS384", "RS512");

    private static final int MAX_PROOF_LENGTH = 8192;

    private final DPoPNonces nonces;
    private final JdbcDPoPProofs seen;
    private final DPoPProperties properties;
    private final Clock clock;

    public DPoPProofVerifier(DPoPNonces nonces, JdbcDPoPProofs seen, DPoPProperties properties, Clock clock) {
        this.nonces = nonces;
        this.seen = seen;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The JWK thumbprint of the proof's key, once every check passed.
     *
     * @param proofs the values of the request's {@code DPoP} headers (exactly one is allowed)
     * @param method the request's HTTP method
     * @param targetUri the public URL of the endpoint, without query and fragment
     * @param accessToken the access token the proof must hash in {@code ath}, or null (token endpoint)
     * @param boundKey the token's {@code cnf.jkt}, or null when no token is presented
     * @throws DPoPProofException when the proof is refused; nothing was recorded then
     */
    public String verify(List<String> proofs, String method, String targetUri, String accessToken, String boundKey) {
        if (proofs == null || proofs.isEmpty()) {
            throw DPoPProofException.invalid("the DPoP header is missing");
        }
        if (proofs.size() > 1) {
            throw DPoPProofException.invalid("send exactly one DPoP header");
        }
        String proof = proofs.get(0);
        if (proof == null || proof.isBlank() || proof.length() > MAX_PROOF_LENGTH) {
            throw DPoPProofException.invalid("the DPoP proof is empty or too long");
        }
        DPoPProofContext context = DPoPProofContext.withDPoPProof(proof)
                .method(method)
                .targetUri(targetUri)
                .build();
        DPoPProofJwtDecoderFactory factory = new DPoPProofJwtDecoderFactory();
        factory.setJwtValidatorFactory(ctx -> new Claims(ctx, accessToken, boundKey));
        Jwt jwt;
        try {
            jwt = factory.createDecoder(context).decode(proof);
        } catch (JwtValidationException e) {
            OAuth2Error error = e.getErrors().iterator().next();
            throw new DPoPProofException(error.getErrorCode(), error.getDescription());
        } catch (JwtException e) {
            throw DPoPProofException.invalid("the DPoP proof is not a valid signed dpop+jwt with a public jwk: "
                    + e.getMessage().replaceFirst("^An error occurred while attempting to decode the Jwt: ", ""));
        }
        return thumbprint(jwt);
    }

    /** The claim checks, in order, stopping at the first failure; the jti is recorded last. */
    private final class Claims implements OAuth2TokenValidator<Jwt> {

        private final DPoPProofContext context;
        private final String accessToken;
        private final String boundKey;

        Claims(DPoPProofContext context, String accessToken, String boundKey) {
            this.context = context;
            this.accessToken = accessToken;
            this.boundKey = boundKey;
        }

        @Override
        public OAuth2TokenValidatorResult validate(Jwt proof) {
            if (!context.getMethod().equals(proof.getClaimAsString("htm"))) {
                return invalid("htm does not match the request method " + context.getMethod());
            }
            if (!sameUri(context.getTargetUri(), proof.getClaimAsString("htu"))) {
                return invalid("htu does not match " + context.getTargetUri());
            }
            Instant now = clock.instant();
            Instant issuedAt;
            try {
                issuedAt = proof.getIssuedAt();
            } catch (RuntimeException e) {
                issuedAt = null;
            }
            if (issuedAt == null) {
                return invalid("iat is missing");
            }
            if (issuedAt.isBefore(now.minus(properties.proofMaxAge()))) {
                return invalid("iat is too old; make a fresh proof");
            }
            if (issuedAt.isAfter(now.plus(properties.proofClockSkew()))) {
                return invalid("iat is in the future");
            }
            if (accessToken != null) {
                String ath = proof.getClaimAsString("ath");
                if (ath == null) {
                    return invalid("ath is missing");
                }
                if (!MessageDigest.isEqual(
                        ath.getBytes(StandardCharsets.US_ASCII),
                        hash(accessToken).getBytes(StandardCharsets.US_ASCII))) {
                    return invalid("ath is not the hash of the access token");
                }
            }
            if (boundKey != null && !boundKey.equals(thumbprint(proof))) {
                return invalid("the proof key is not the key the access token is bound to");
            }
            if (properties.nonceRequired() && !nonces.isCurrent(proof.getClaimAsString("nonce"))) {
                return OAuth2TokenValidatorResult.failure(new OAuth2Error(
                        DPoPProofException.USE_DPOP_NONCE, "use the nonce of the DPoP-Nonce header", null));
            }
            String jti = proof.getId();
            if (jti == null || jti.isBlank() || jti.length() > 256) {
                return invalid("jti is missing or too long");
            }
            Instant rememberUntil = (issuedAt.isAfter(now) ? issuedAt : now)
                    .plus(properties.proofMaxAge())
                    .plus(properties.proofClockSkew());
            if (!seen.firstUse(Secrets.hash(jti), rememberUntil)) {
                return invalid("this proof (jti) was used before");
            }
            return OAuth2TokenValidatorResult.success();
        }
    }

    private static OAuth2TokenValidatorResult invalid(String description) {
        return OAuth2TokenValidatorResult.failure(
                new OAuth2Error(DPoPProofException.INVALID_DPOP_PROOF, description, null));
    }

    /** RFC 9449 §4.3 (9): compared without query and fragment, after syntax-based normalisation. */
    static boolean sameUri(String expected, String htu) {
        if (htu == null) {
            return false;
        }
        try {
            return normalise(URI.create(expected)).equals(normalise(URI.create(htu)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String normalise(URI uri) {
        URI normal = uri.normalize();
        String scheme = normal.getScheme() == null ? "" : normal.getScheme().toLowerCase(Locale.ROOT);
        String host = normal.getHost() == null ? "" : normal.getHost().toLowerCase(Locale.ROOT);
        int port = normal.getPort();
        if (("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80)) {
            port = -1;
        }
        String path = normal.getRawPath() == null || normal.getRawPath().isEmpty() ? "/" : normal.getRawPath();
        return scheme + "://" + host + (port == -1 ? "" : ":" + port) + path;
    }

    /** base64url(SHA-256(ASCII(token))), as {@code ath} carries it (§4.2). */
    static String hash(String accessToken) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256")
                            .digest(accessToken.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String thumbprint(Jwt proof) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> jwk = (Map<String, Object>) proof.getHeaders().get("jwk");
            return JWK.parse(jwk).computeThumbprint().toString();
        } catch (Exception e) {
            throw DPoPProofException.invalid("the jwk header is not a usable key");
        }
    }
}
