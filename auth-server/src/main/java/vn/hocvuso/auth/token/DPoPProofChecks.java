package vn.hocvuso.auth.token;

import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.cache.Cache;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.DPoPProofContext;
import org.springframework.security.oauth2.jwt.DPoPProofJwtDecoderFactory;
import org.springframework.security.oauth2.jwt.DPoPProofReplayValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuedAtValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.util.StringUtils;

/**
 * Verifies a DPoP proof (RFC 9449 §4.3): {@code typ}, {@code alg} (one of
 * {@link DPoPTokenRequests#SIGNING_ALGORITHMS}), a public {@code jwk}, {@code htm}, {@code htu},
 * the {@code iat} window and, at the token endpoint, the server-provided nonce (§8); in that order,
 * and the {@code jti} last, so that a proof refused for any other reason does not use up its
 * {@code jti} in the store shared by every instance ({@link JdbcDPoPProofJtiStore}).
 */
public final class DPoPProofChecks {

    /** The error that asks the client to retry with the nonce of the {@code DPoP-Nonce} header (§8). */
    public static final String USE_DPOP_NONCE = "use_dpop_nonce";

    private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc9449#section-5";
    private static final String NONCE_ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc9449#section-8";

    private final DPoPProofJwtDecoderFactory tokenEndpoint = new DPoPProofJwtDecoderFactory();
    private final DPoPProofJwtDecoderFactory elsewhere = new DPoPProofJwtDecoderFactory();

    public DPoPProofChecks(Cache jtis, Clock clock, DPoPNonces nonces, boolean nonceRequired) {
        JwtIssuedAtValidator issuedAt = new JwtIssuedAtValidator(true);
        issuedAt.setClockSkew(DPoPTokenRequests.IAT_WINDOW);
        issuedAt.setClock(clock);
        DPoPProofReplayValidator replay = new DPoPProofReplayValidator(jtis);
        replay.setClockSkew(DPoPTokenRequests.IAT_WINDOW);
        replay.setClock(clock);
        OAuth2TokenValidator<Jwt> nonce = proof -> checkNonce(proof, nonces, nonceRequired);
        tokenEndpoint.setJwtValidatorFactory(context -> validators(context, issuedAt, nonce, replay));
        elsewhere.setJwtValidatorFactory(context -> validators(context, issuedAt, null, replay));
    }

    /** The verified proof of a token request, its nonce included; else invalid_dpop_proof or use_dpop_nonce. */
    public Jwt verifyTokenRequest(String proof, String method, String targetUri) {
        return verify(tokenEndpoint, proof, method, targetUri);
    }

    /**
     * The verifiers of proofs presented with a DPoP-bound access token at a protected resource
     * (userinfo, RFC 9449 §7): the same rules and shared jti store as here, plus {@code ath}.
     */
    public DPoPProofJwtDecoderFactory resourceRequestVerifiers() {
        return elsewhere;
    }

    /** The verified proof of a request elsewhere (a pushed authorization request): no nonce asked. */
    public Jwt verify(String proof, String method, String targetUri) {
        return verify(elsewhere, proof, method, targetUri);
    }

    /** The SHA-256 JWK thumbprint of the proof's key (RFC 7638), as {@code cnf.jkt} and {@code dpop_jkt} carry it. */
    public static String thumbprint(Jwt proof) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> jwk = (Map<String, Object>) proof.getHeaders().get("jwk");
            return JWK.parse(jwk).computeThumbprint().toString();
        } catch (Exception e) {
            throw invalidProof("the DPoP proof's jwk is not a key");
        }
    }

    public static OAuth2AuthenticationException invalidProof(String description) {
        return new OAuth2AuthenticationException(invalidProofError(description));
    }

    private static Jwt verify(DPoPProofJwtDecoderFactory decoders, String proof, String method, String targetUri) {
        try {
            DPoPProofContext context = DPoPProofContext.withDPoPProof(proof)
                    .method(method)
                    .targetUri(targetUri)
                    .build();
            return decoders.createDecoder(context).decode(proof);
        } catch (JwtValidationException invalid) {
            OAuth2Error first =
                    invalid.getErrors().stream().findFirst().orElse(invalidProofError("the DPoP proof is not valid"));
            if (USE_DPOP_NONCE.equals(first.getErrorCode())) {
                throw new OAuth2AuthenticationException(first);
            }
            throw invalidProof(
                    StringUtils.hasText(first.getDescription())
                            ? first.getDescription()
                            : "the DPoP proof is not valid");
        } catch (JwtException | IllegalArgumentException malformed) {
            throw invalidProof("the DPoP proof is not a valid signed dpop+jwt with a public jwk");
        }
    }

    /** Fails on the first broken rule, the jti last: a refused proof leaves no jti behind. */
    private static OAuth2TokenValidator<Jwt> validators(
            DPoPProofContext context,
            JwtIssuedAtValidator issuedAt,
            OAuth2TokenValidator<Jwt> nonce,
            DPoPProofReplayValidator replay) {
        List<OAuth2TokenValidator<Jwt>> rules = new ArrayList<>();
        rules.add(DPoPProofChecks::supportedAlgorithm);
        rules.add(new JwtClaimValidator<String>("htm", context.getMethod()::equalsIgnoreCase));
        rules.add(new JwtClaimValidator<String>("htu", context.getTargetUri()::equals));
        org.springframework.security.oauth2.core.OAuth2Token accessToken = context.getAccessToken();
        if (accessToken != null) {
            String ath = accessTokenHash(accessToken.getTokenValue());
            rules.add(new JwtClaimValidator<String>("ath", ath::equals));
        }
        rules.add(issuedAt);
        if (nonce != null) {
            rules.add(nonce);
        }
        rules.add(replay);
        DelegatingOAuth2TokenValidator<Jwt> all = new DelegatingOAuth2TokenValidator<>(rules);
        all.setFailOnError(true);
        return all;
    }

    private static OAuth2TokenValidatorResult checkNonce(Jwt proof, DPoPNonces nonces, boolean required) {
        String nonce = proof.getClaimAsString("nonce");
        if (nonce == null && !required) {
            return OAuth2TokenValidatorResult.success();
        }
        if (nonce == null) {
            return OAuth2TokenValidatorResult.failure(new OAuth2Error(
                    USE_DPOP_NONCE, "send the DPoP-Nonce of this response in the proof", NONCE_ERROR_URI));
        }
        return nonces.isCurrent(nonce)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error(
                        USE_DPOP_NONCE,
                        "the proof's nonce is not current: use the DPoP-Nonce of this response",
                        NONCE_ERROR_URI));
    }

    /** {@code ath} (RFC 9449 §4.2): the base64url SHA-256 of the access token. */
    private static String accessTokenHash(String accessToken) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(accessToken.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OAuth2TokenValidatorResult supportedAlgorithm(Jwt proof) {
        Object algorithm = proof.getHeaders().get("alg");
        return algorithm != null && DPoPTokenRequests.SIGNING_ALGORITHMS.contains(algorithm.toString())
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(
                        invalidProofError("alg must be one of " + DPoPTokenRequests.SIGNING_ALGORITHMS));
    }

    private static OAuth2Error invalidProofError(String description) {
        return new OAuth2Error(OAuth2ErrorCodes.INVALID_DPOP_PROOF, description, ERROR_URI);
    }
}
