package vn.hocvuso.auth.token;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * DPoP at the token endpoint (RFC 9449), prefix {@code auth.dpop}.
 *
 * @param nonceRequired whether every DPoP proof sent to the token endpoint must carry a current
 *     server-provided nonce (§8); off by default so that clients that do not handle
 *     {@code use_dpop_nonce} keep working, on in a deployment under the high-assurance profile
 *     (HAIP). A proof that carries a nonce has it checked either way.
 * @param nonceLifetime how long a {@code DPoP-Nonce} handed out by the token endpoint is accepted
 */
public record DPoPProperties(
        @DefaultValue("false") boolean nonceRequired,
        @NotNull @DefaultValue("5m") Duration nonceLifetime) {

    public DPoPProperties {
        if (nonceLifetime != null && (nonceLifetime.isNegative() || nonceLifetime.isZero())) {
            throw new IllegalArgumentException("auth.dpop.nonce-lifetime must be positive, not " + nonceLifetime);
        }
    }
}
