package vn.hocvuso.credential.bench;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.CredentialApiApplication;
import vn.hocvuso.credential.issuance.CredentialSubjects;
import vn.hocvuso.credential.issuance.SdJwtVcFactory;
import vn.hocvuso.credential.issuer.IssuerUrls;
import vn.hocvuso.credential.status.StatusLists;
import vn.hocvuso.credential.support.Presentations;
import vn.hocvuso.credential.support.SeamTestConfiguration;
import vn.hocvuso.credential.support.TestCredentials;
import vn.hocvuso.credential.verification.Expectations;
import vn.hocvuso.credential.verification.Verification;
import vn.hocvuso.credential.verification.VerifyPresentation;
import vn.hocvuso.testsupport.AppProcess;

/**
 * Presentations verified per second, in process (run: see the README's Benchmarks section). The
 * app runs in this JVM on in-memory H2 with a real credential of its own issuer;
 * {@code verifyPresentation} is the full verification of an SD-JWT VC presentation: parsing,
 * issuer signature with its x5c chain (the chain validated once, then remembered), vct, validity,
 * disclosure digests, the key-binding JWT (signature by the cnf key, nonce, aud, iat, sd_hash),
 * requested claims, and the status list entry — the list fetched once over HTTP from the app,
 * then read from the cache within its ttl. One thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class VerificationBenchmark {

    private static final String NONCE = "benchmark-nonce";

    private ConfigurableApplicationContext app;
    private VerifyPresentation verifier;
    private String presentation;
    private Expectations expectations;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        int port = AppProcess.freePort();
        app = new SpringApplicationBuilder(CredentialApiApplication.class, SeamTestConfiguration.class)
                .properties(Map.of(
                        "server.port", port,
                        "credentials.base-url", "http://localhost:" + port,
                        "credentials.data-dir",
                                Files.createTempDirectory("bench-verifier-").toString(),
                        "spring.datasource.url", "jdbc:h2:mem:bench-verifier;DB_CLOSE_DELAY=-1",
                        // The status list is fetched once and then kept for the whole run.
                        "credentials.status.ttl", "1h",
                        "credentials.verifier.status-list-max-cache", "1h",
                        "logging.level.root", "WARN"))
                .run();
        verifier = app.getBean(VerifyPresentation.class);
        TestCredentials credentials = new TestCredentials(
                app.getBean(SdJwtVcFactory.class),
                app.getBean(CredentialSubjects.class),
                app.getBean(StatusLists.class),
                app.getBean(TransactionTemplate.class));
        presentation =
                Presentations.honest(credentials.issue().credential(), List.of("given_name", "family_name"), NONCE);
        expectations = new Expectations(
                NONCE, Presentations.AUDIENCE, app.getBean(IssuerUrls.class).vct(), List.of("given_name"));
        Verification first = verifier.verify(presentation, expectations);
        if (!first.isValid()) {
            throw new IllegalStateException("the benchmark's presentation does not verify: " + first.checks());
        }
    }

    /** The key-binding JWT must stay fresh for the whole run: a failing verification would measure the wrong path. */
    @TearDown(Level.Iteration)
    public void stillValid() {
        Verification verification = verifier.verify(presentation, expectations);
        if (!verification.isValid()) {
            throw new IllegalStateException("the presentation stopped verifying: " + verification.failureReason());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        app.close();
    }

    @Benchmark
    public Verification verifyPresentation() {
        return verifier.verify(presentation, expectations);
    }
}
