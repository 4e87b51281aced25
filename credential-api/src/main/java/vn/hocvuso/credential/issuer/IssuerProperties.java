package vn.hocvuso.credential.issuer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the credential issuer's signing key gets its X.509 certificate, prefix {@code credentials.issuer}.
 *
 * @param createLocalRoot whether a missing root CA is created in the data folder (development and
 *     demos); set {@code false} in production, where the root stays offline and the active key
 *     must already carry a chain made with {@code keys certificate}
 * @param rootName the common name of a root created here
 * @param certificateValidity how long a certificate issued here for the active key lasts
 */
@Validated
@ConfigurationProperties("credentials.issuer")
public record IssuerProperties(
        @DefaultValue("true") boolean createLocalRoot,

        @NotBlank @DefaultValue("credential-api development root CA")
        String rootName,

        @NotNull @DefaultValue("365d") Duration certificateValidity) {}
