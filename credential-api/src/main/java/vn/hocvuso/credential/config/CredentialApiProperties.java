package vn.hocvuso.credential.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of credential-api, prefix {@code credentials}.
 *
 * @param baseUrl the public base URL, which is also the issuer identifier; the one place the
 *     service's own address is configured
 * @param dataDir where the database and the keys live; created on first start
 * @param keys how the keystore is opened
 * @param authServerUrl the issuer identifier of auth-server, whose access tokens (JWKS at
 *     {@code <authServerUrl>/oauth2/jwks}) the wallet and resource APIs accept
 */
@Validated
@ConfigurationProperties("credentials")
public record CredentialApiProperties(
        @NotNull URI baseUrl,
        @NotNull Path dataDir,
        @Valid @DefaultValue Keys keys,
        @NotNull @DefaultValue("http://localhost:9000") URI authServerUrl) {

    /**
     * @param passwordEnv the environment variable holding the keystore password; when unset, a
     *     password file is generated in the data folder
     * @param reloadInterval how often the keystore file is checked for a rotation made by the CLI
     */
    public record Keys(
            @DefaultValue("CREDENTIALS_KEYSTORE_PASSWORD") String passwordEnv,
            @DefaultValue("10s") Duration reloadInterval) {}
}
