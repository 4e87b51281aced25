package vn.hocvuso.credential.issuance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * OpenID4VCI issuance settings, prefix {@code credentials.issuance}.
 *
 * @param credentialValidity from {@code iat} to {@code exp} of an issued credential
 * @param nonceLifetime how long a {@code c_nonce} can be used
 * @param preAuthorizedCodeLifetime how long a credential offer's pre-authorized code can be redeemed
 * @param accessTokenLifetime lifetime of the access tokens of the pre-authorized grant
 * @param txCodeLength digits of the transaction code shown beside an offer
 * @param txCodeMaxAttempts wrong transaction codes after which a pre-authorized code is dead
 * @param batchSize most proofs (and so credentials) in one credential request
 * @param proofMaxAge oldest {@code iat} a key proof may have
 * @param proofClockSkew how far in the future a key proof's {@code iat} may be
 * @param maxRequestSize largest body accepted by the wallet endpoints
 */
@Validated
@ConfigurationProperties("credentials.issuance")
public record IssuanceProperties(
        @NotNull @DefaultValue("730d") Duration credentialValidity,
        @NotNull @DefaultValue("5m") Duration nonceLifetime,
        @NotNull @DefaultValue("10m") Duration preAuthorizedCodeLifetime,
        @NotNull @DefaultValue("5m") Duration accessTokenLifetime,
        @Min(4) @Max(10) @DefaultValue("6") int txCodeLength,
        @Min(1) @Max(20) @DefaultValue("5") int txCodeMaxAttempts,
        @Min(1) @Max(100) @DefaultValue("10") int batchSize,
        @NotNull @DefaultValue("5m") Duration proofMaxAge,
        @NotNull @DefaultValue("60s") Duration proofClockSkew,
        @NotNull @DefaultValue("64KB") DataSize maxRequestSize) {}
