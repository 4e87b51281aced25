package vn.hocvuso.nid.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.hocvuso.nid.admin.AdminProperties;
import vn.hocvuso.nid.citizen.DemoProperties;
import vn.hocvuso.nid.client.ConfiguredClient;
import vn.hocvuso.nid.login.LoginProperties;
import vn.hocvuso.nid.oidc.TokenProperties;

/**
 * Settings of mock-national-id, prefix {@code nid}. Each feature's settings are a record in its own
 * package.
 *
 * @param baseUrl the public base URL, which is also the issuer identifier; the one place the
 *     service's own address is configured
 * @param dataDir where the database and the keys live; created on first start
 * @param keys how the keystore is opened
 * @param clients the relying parties, registered at start; the default is auth-server
 * @param tokens token lifetimes
 * @param login login rules: lockout, one-time codes
 * @param admin the operator account of the admin API
 * @param demo the demo citizens
 * @param housekeepingInterval how often expired rows (used assertion ids, old failed logins, spent
 *     authorizations) are deleted
 */
@Validated
@ConfigurationProperties("nid")
public record NationalIdProperties(
        @NotNull URI baseUrl,
        @NotNull Path dataDir,
        @Valid @DefaultValue Keys keys,
        List<@Valid ConfiguredClient> clients,
        @Valid @DefaultValue TokenProperties tokens,
        @Valid @DefaultValue LoginProperties login,
        @Valid @DefaultValue AdminProperties admin,
        @Valid @DefaultValue DemoProperties demo,
        @DefaultValue("10m") Duration housekeepingInterval) {

    public NationalIdProperties {
        clients = clients == null ? List.of() : List.copyOf(clients);
    }

    /** The issuer identifier: the base URL without a trailing slash (OpenID Connect Discovery §3). */
    public String issuer() {
        String url = baseUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * @param passwordEnv the environment variable holding the keystore password; when unset, a
     *     password file is generated in the data folder
     * @param reloadInterval how often the keystore file is checked for a rotation made by the CLI
     */
    public record Keys(
            @DefaultValue("NID_KEYSTORE_PASSWORD") String passwordEnv,
            @DefaultValue("10s") Duration reloadInterval) {}
}
