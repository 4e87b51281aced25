package vn.hocvuso.auth.authorize;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.Optional;

/**
 * {@code id_token_hint} (OIDC Core §3.1.2.1): an ID token this server issued, signed with one of its
 * live keys and naming it as issuer. An expired one is still a good hint (the spec expects that),
 * so the lifetime is not checked. Anything else (forged, altered, another issuer's, not a JWT) is
 * no hint at all.
 */
public final class IdTokenHints {

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public IdTokenHints(JWKSource<SecurityContext> ourKeys, String issuer) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, ourKeys));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
            if (!issuer.equals(claims.getIssuer()) || claims.getSubject() == null) {
                throw new BadJWTException("not an ID token of this issuer");
            }
        });
    }

    /** The {@code sub} of the hint, or empty if it is not an ID token of ours. */
    public Optional<String> subject(String hint) {
        try {
            JWTClaimsSet claims = processor.process(hint, null);
            return Optional.of(claims.getSubject());
        } catch (ParseException | BadJOSEException | JOSEException e) {
            return Optional.empty();
        }
    }
}
