package vn.hocvuso.auth.userinfo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.cache.Cache;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.oauth2.jwt.DPoPProofJwtDecoderFactory;
import org.springframework.security.oauth2.jwt.DPoPProofReplayValidator;
import org.springframework.security.oauth2.jwt.JwtIssuedAtValidator;
import org.springframework.security.oauth2.server.resource.authentication.DPoPAuthenticationProvider;

/**
 * The DPoP proofs presented with a DPoP-bound access token at userinfo (RFC 9449 §7): Spring
 * Security's checks ({@code htm}, {@code htu}, {@code ath}, {@code cnf.jkt}, {@code iat}), with
 * the {@code jti}s recorded in the same shared store as the token endpoint's rather than in Spring
 * Security's in-memory cache, so that a proof replayed to another instance behind the load
 * balancer is refused too (§11.1).
 */
public final class UserInfoDPoPProofs {

    /** How far a proof's iat may lie from now, either way, and how long its jti is kept. */
    static final Duration IAT_WINDOW = Duration.ofSeconds(30);

    private final DPoPProofJwtDecoderFactory verifiers = new DPoPProofJwtDecoderFactory();

    /** @param jtis the store of proof jtis, shared by every instance */
    public UserInfoDPoPProofs(Cache jtis, Clock clock) {
        JwtIssuedAtValidator issuedAt = new JwtIssuedAtValidator(true);
        issuedAt.setClockSkew(IAT_WINDOW);
        issuedAt.setClock(clock);
        DPoPProofReplayValidator replay = new DPoPProofReplayValidator(jtis);
        replay.setClockSkew(IAT_WINDOW);
        replay.setClock(clock);
        verifiers.setJwtValidatorFactory(
                DPoPProofJwtDecoderFactory.createDefaultJwtValidatorFactory(List.of(issuedAt, replay)));
    }

    /** Gives the resource server's DPoP authentication our proof verifiers. */
    public ObjectPostProcessor<DPoPAuthenticationProvider> postProcessor() {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends DPoPAuthenticationProvider> O postProcess(O provider) {
                provider.setDPoPProofVerifierFactory(verifiers);
                return provider;
            }
        };
    }
}
