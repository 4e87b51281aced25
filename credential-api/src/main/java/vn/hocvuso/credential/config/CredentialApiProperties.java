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
 * @param authServerUrl auth-server's issuer URL: the portal logs in there, and the APIs accept its
 *     access tokens (JWKS at {@code <authServerUrl>/oauth2/jwks})
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

    /** The base URL as written in tokens ({@code aud}) and redirect URIs: without a trailing slash. */
    public String baseUrlText() {
        return withoutTrailingSlash(baseUrl);
    }

    /** auth-server's issuer identifier as it appears in {@code iss}: without a trailing slash. */
    public String authServerIssuer() {
        return withoutTrailingSlash(authServerUrl);
    }

    private static String withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
