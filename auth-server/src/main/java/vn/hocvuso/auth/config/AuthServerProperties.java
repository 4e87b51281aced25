package vn.hocvuso.auth.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.hocvuso.auth.client.BenchmarkClientProperties;
import vn.hocvuso.auth.client.ClientProperties;
import vn.hocvuso.auth.client.ConformanceClientProperties;
import vn.hocvuso.auth.federation.UpstreamProperties;
import vn.hocvuso.auth.token.DPoPProperties;
import vn.hocvuso.auth.token.TokenProperties;

/**
 * Settings of auth-server, prefix {@code auth}. Each feature keeps its own nested record in its
 * package; this record only gathers them.
 *
 * @param baseUrl the public base URL, which is also the issuer identifier; the one place the
 *     service's own address is configured
 * @param dataDir where the database and the keys live; created on first start
 * @param keys how the keystore is opened
 * @param resourceAudience the {@code aud} of every access token: the credential service's base URL
 * @param resourceSector the pairwise sector whose subject identifier access tokens carry, whatever
 *     the client, so that the resource server maps every token of a citizen to one learner
 * @param upstream the national identity provider this server federates to
 * @param tokens token lifetimes and housekeeping
 * @param dpop server-provided DPoP nonces at the token endpoint
 * @param clients the registered clients, by client id
 * @param benchmarkClient the benchmark's client_secret_basic client (off by default)
 * @param conformanceClients test clients with a client secret for an outside conformance run (none by default)
 */
@Validated
@ConfigurationProperties("auth")
public record AuthServerProperties(
        @NotNull URI baseUrl,
        @NotNull Path dataDir,
        @Valid @DefaultValue Keys keys,
        @NotNull @DefaultValue("http://localhost:8080") URI resourceAudience,
        @NotBlank @DefaultValue("credential-api") String resourceSector,
        @Valid @DefaultValue UpstreamProperties upstream,
        @Valid @DefaultValue TokenProperties tokens,
        @Valid @DefaultValue DPoPProperties dpop,
        Map<String, ClientProperties> clients,
        @DefaultValue BenchmarkClientProperties benchmarkClient,
        List<ConformanceClientProperties> conformanceClients) {

    public AuthServerProperties {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
        conformanceClients = conformanceClients == null ? List.of() : List.copyOf(conformanceClients);
    }

    /** The issuer identifier: the base URL without a trailing slash (OpenID Connect Discovery §4.3). */
    public String issuer() {
        String value = baseUrl.toString();
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    /**
     * @param passwordEnv the environment variable holding the keystore password; when unset, a
     *     password file is generated in the data folder
     * @param reloadInterval how often the keystore file is checked for a rotation made by the CLI
     * @param demoClientPasswordEnv the environment variable holding the password of the demo
     *     clients' keystores; when unset, each demo client folder gets a generated password file
     */
    public record Keys(
            @DefaultValue("AUTH_KEYSTORE_PASSWORD") String passwordEnv,
            @DefaultValue("10s") Duration reloadInterval,

            @DefaultValue("AUTH_DEMO_CLIENT_KEYSTORE_PASSWORD")
            String demoClientPasswordEnv) {}
}
