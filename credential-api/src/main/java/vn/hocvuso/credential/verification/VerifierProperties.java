package vn.hocvuso.credential.verification;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The verifier: who it is towards wallets, whom it trusts, and how strict its checks are, prefix
 * {@code credentials.verifier}.
 *
 * @param name the verifier's name shown to the holder ({@code client_metadata.client_name})
 * @param clientId the Client Identifier with its {@code x509_san_dns:} prefix (OID4VP 1.0 §5.9.3);
 *     empty means {@code x509_san_dns:<host of credentials.base-url>}, the name the verifier's
 *     certificate carries
 * @param responseMode how wallets answer: {@code direct_post}, or {@code direct_post.jwt} with the
 *     response encrypted to an ephemeral key of the request (OID4VP 1.0 §8.3)
 * @param requestLifetime how long a presentation request can be answered
 * @param resultRetention how long the employer can read a verdict after the wallet answered
 * @param keyBindingMaxAge the oldest key-binding JWT {@code iat} accepted
 * @param clockSkew how far in the future an {@code iat} or {@code nbf} may be, and how long after
 *     {@code exp} a credential still counts as current
 * @param trustAnchors PEM files of the root certificates an issuer's {@code x5c} chain must lead
 *     to; empty means the local root of this installation
 * @param trustedIssuers issuer identifiers whose {@code /.well-known/jwt-vc-issuer} keys are
 *     trusted even without an {@code x5c} chain
 * @param httpTimeout connect and read timeout when fetching status lists and issuer metadata
 * @param statusListMaxCache the longest a fetched status list is used, whatever its {@code ttl}
 * @param statusListMaxSize the largest status list token fetched
 * @param maxRequestSize the largest body of the wallet response and verification API (413 above)
 */
@Validated
@ConfigurationProperties("credentials.verifier")
public record VerifierProperties(
        @NotBlank @DefaultValue("Nhà tuyển dụng (thử nghiệm) / Employer (demo)")
        String name,

        @DefaultValue("") String clientId,
        @NotBlank @DefaultValue("direct_post") String responseMode,
        @NotNull @DefaultValue("10m") Duration requestLifetime,
        @NotNull @DefaultValue("30m") Duration resultRetention,
        @NotNull @DefaultValue("5m") Duration keyBindingMaxAge,
        @NotNull @DefaultValue("60s") Duration clockSkew,
        @NotNull @DefaultValue List<Path> trustAnchors,
        @NotNull @DefaultValue List<URI> trustedIssuers,
        @NotNull @DefaultValue("5s") Duration httpTimeout,
        @NotNull @DefaultValue("5m") Duration statusListMaxCache,
        @NotNull @DefaultValue("1MB") DataSize statusListMaxSize,
        @NotNull @DefaultValue("64KB") DataSize maxRequestSize) {

    /** The x509_san_dns Client Identifier Prefix (OID4VP 1.0 §5.9.3). */
    public static final String X509_SAN_DNS = "x509_san_dns:";

    public static final String DIRECT_POST = "direct_post";
    public static final String DIRECT_POST_JWT = "direct_post.jwt";

    @AssertTrue(
            message = "client-id must be empty or start with x509_san_dns:, response-mode must be direct_post or"
                    + " direct_post.jwt, and every duration must be positive")
    public boolean isConsistent() {
        return clientId != null
                && (DIRECT_POST.equals(responseMode) || DIRECT_POST_JWT.equals(responseMode))
                && (clientId.isEmpty()
                        || (clientId.startsWith(X509_SAN_DNS) && clientId.length() > X509_SAN_DNS.length()))
                && positive(requestLifetime)
                && positive(resultRetention)
                && positive(keyBindingMaxAge)
                && clockSkew != null
                && !clockSkew.isNegative()
                && positive(httpTimeout)
                && positive(statusListMaxCache);
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }
}
