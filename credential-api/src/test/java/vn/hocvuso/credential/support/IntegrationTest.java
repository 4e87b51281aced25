package vn.hocvuso.credential.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.hocvuso.credential.config.CredentialApiProperties;
import vn.hocvuso.keys.ServiceKeys;
import vn.hocvuso.testsupport.AppProcess;
import vn.hocvuso.wallet.HolderWallet;

/**
 * The one application context of the flow tests (same configuration everywhere, so Spring starts it
 * once): the app on a port chosen before start, so that its base URL (the issuer identifier) is
 * the address wallets really reach; auth-server played by {@link TestAuthServer}; the seams by
 * {@link SeamTestConfiguration}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SeamTestConfiguration.class)
public abstract class IntegrationTest {

    protected static final int PORT = AppProcess.freePort();
    protected static final String BASE_URL = "http://localhost:" + PORT;

    @DynamicPropertySource
    static void addresses(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("credentials.base-url", () -> BASE_URL);
        registry.add("credentials.auth-server-url", TestAuthServer::url);
        registry.add("credentials.verifier.trusted-issuers[0]", ForeignIssuer::url);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TestCompletions completions;

    @Autowired
    protected TestLearners learners;

    @Autowired
    protected FailOnceCredentialStore credentialStore;

    @Autowired
    protected ServiceKeys serviceKeys;

    @Autowired
    protected CredentialApiProperties properties;

    /** The root CA the issuer's chain leads to: what a verifier configures as its trust anchor. */
    protected X509Certificate root() {
        return serviceKeys
                .loadOrCreateRoot("credential-api development root CA")
                .certificate();
    }

    protected HolderWallet wallet() {
        return new HolderWallet(List.of(root()));
    }

    protected String operatorPassword() throws Exception {
        return Files.readString(properties.dataDir().resolve("operator.password"))
                .strip();
    }

    /** Calls the operators' API with the operator's Basic credentials. */
    protected java.net.http.HttpResponse<String> operatorPost(String credentialId, String action, String reason)
            throws Exception {
        String basic = java.util.Base64.getEncoder()
                .encodeToString(("operator:" + operatorPassword()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        BASE_URL + "/api/v1/operator/credentials/" + credentialId + "/" + action))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/json")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    protected Path dataDir() {
        return properties.dataDir();
    }

    /** Row counts of everything issuance writes, to prove a refused request changed nothing. */
    protected Counts counts() {
        return new Counts(
                count("issued_credential"),
                count("status_entry"),
                count("issuance_access_token"),
                count("status_change"));
    }

    protected long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    public record Counts(long credentials, long statusEntries, long accessTokens, long statusChanges) {}
}
