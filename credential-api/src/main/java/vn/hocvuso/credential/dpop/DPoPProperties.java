package vn.hocvuso.credential.dpop;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * DPoP (RFC 9449) at the wallet-facing endpoints, prefix {@code credentials.dpop}.
 *
 * @param nonceRequired whether every DPoP proof must carry a current server-provided nonce (§8, §9);
 *     on by default, as the high-assurance profile expects. Bearer tokens are not affected.
 * @param nonceLifetime how long a {@code DPoP-Nonce} we handed out is accepted
 * @param proofMaxAge oldest {@code iat} a proof may have
 * @param proofClockSkew how far in the future a proof's {@code iat} may be
 */
@Validated
@ConfigurationProperties("credentials.dpop")
public record DPoPProperties(
        @DefaultValue("true") boolean nonceRequired,
        @NotNull @DefaultValue("5m") Duration nonceLifetime,
        @NotNull @DefaultValue("60s") Duration proofMaxAge,
        @NotNull @DefaultValue("5s") Duration proofClockSkew) {}
