package vn.hocvuso.auth.userinfo;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.oauth2.server.resource.authentication.DPoPAuthenticationProvider;
import vn.hocvuso.auth.token.DPoPProofChecks;

/**
 * The DPoP proofs presented with a DPoP-bound access token at userinfo (RFC 9449 §7), checked by the
 * token endpoint's rules ({@link DPoPProofChecks}: algorithms, {@code htm}, {@code htu}, {@code iat},
 * {@code ath}, and the {@code jti} in the store shared by every instance rather than Spring
 * Security's in-memory cache, so that a proof replayed to another instance is refused too, §11.1);
 * Spring Security's DPoP authentication adds the {@code cnf.jkt} match.
 */
public final class UserInfoDPoPProofs {

    private final DPoPProofChecks checks;

    public UserInfoDPoPProofs(DPoPProofChecks checks) {
        this.checks = checks;
    }

    /** Gives the resource server's DPoP authentication our proof verifiers. */
    public ObjectPostProcessor<DPoPAuthenticationProvider> postProcessor() {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends DPoPAuthenticationProvider> O postProcess(O provider) {
                provider.setDPoPProofVerifierFactory(checks.resourceRequestVerifiers());
                return provider;
            }
        };
    }
}
