package vn.hocvuso.credential.support;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learner.LearnerKeys;
import vn.hocvuso.credential.learner.LearnerLogin;
import vn.hocvuso.credential.learner.NationalIdNumber;
import vn.hocvuso.credential.learner.RecordLearnerLogin;

/**
 * The one application context of the flow tests (same configuration, so Spring caches and shares
 * it): the whole app on MockMvc, an in-memory database, and WireMock standing in for auth-server
 * at {@code credentials.auth-server-url}, publishing the test key's JWK set.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@EnableWireMock(@ConfigureWireMock(name = "auth-server", baseUrlProperties = "credentials.auth-server-url"))
public abstract class PortalIntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected LearnerKeys learnerKeys;

    @Autowired
    protected RecordLearnerLogin recordLogin;

    @InjectWireMock("auth-server")
    protected WireMockServer authServer;

    @Value("${credentials.auth-server-url}")
    protected String authServerUrl;

    @BeforeEach
    void publishTheTestSigningKey() {
        authServer.stubFor(get("/oauth2/jwks").willReturn(okJson(LearningTestAuthServer.jwks())));
    }

    protected Counts counts() {
        return Counts.of(jdbc);
    }

    /** A national ID number nobody else in this test run has: 001 (Hà Nội), born 1990, random sequence. */
    protected static String freshNationalId() {
        return "0010" + "90" + String.format("%06d", ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    }

    /** A learner who has logged in once, as the portal records them. */
    protected Learner loggedInLearner() {
        String nationalId = freshNationalId();
        String subject = "pairwise-" + java.util.UUID.randomUUID();
        LearnerKey key = recordLogin.record(new LearnerLogin(
                subject,
                NationalIdNumber.parse(nationalId, LocalDate.now()).number().orElseThrow(),
                "Thị Test",
                "Phạm",
                LocalDate.of(1990, 5, 17),
                "urn:vn:vneid:loa:2"));
        return new Learner(nationalId, subject, key);
    }

    /** A test learner: their number (test data), auth-server's pairwise subject for them, and their key. */
    public record Learner(String nationalId, String subject, LearnerKey key) {}
}
