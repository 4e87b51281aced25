package vn.hocvuso.credential.bench;

import com.nimbusds.jose.jwk.ECKey;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.util.unit.DataSize;
import vn.hocvuso.credential.config.CredentialApiProperties;
import vn.hocvuso.credential.issuance.CredentialRequest;
import vn.hocvuso.credential.issuance.CredentialSubject;
import vn.hocvuso.credential.issuance.CredentialSubjects;
import vn.hocvuso.credential.issuance.DigitalCompetencyCredential;
import vn.hocvuso.credential.issuance.IssuanceProperties;
import vn.hocvuso.credential.issuance.IssueCredentials;
import vn.hocvuso.credential.issuance.JdbcIssuedCredentialStore;
import vn.hocvuso.credential.issuance.JdbcNonceStore;
import vn.hocvuso.credential.issuance.Nonces;
import vn.hocvuso.credential.issuance.ProofValidator;
import vn.hocvuso.credential.issuance.SdJwtVcFactory;
import vn.hocvuso.credential.issuance.WalletGrant;
import vn.hocvuso.credential.issuer.IssuerJwtSigner;
import vn.hocvuso.credential.issuer.IssuerProperties;
import vn.hocvuso.credential.issuer.IssuerSigningKey;
import vn.hocvuso.credential.issuer.IssuerUrls;
import vn.hocvuso.credential.status.JdbcStatusListStore;
import vn.hocvuso.credential.status.StatusListProperties;
import vn.hocvuso.credential.status.StatusLists;
import vn.hocvuso.credential.status.StatusReference;
import vn.hocvuso.credential.support.TestCatalog;
import vn.hocvuso.credential.support.TestCompletions;
import vn.hocvuso.credential.support.TestLearners;
import vn.hocvuso.keys.KeyAlgorithm;
import vn.hocvuso.keys.LiveKeyRing;
import vn.hocvuso.keys.ServiceKeys;
import vn.hocvuso.wallet.Proofs;

/**
 * Credentials issued per second, in process, with the production classes wired by hand on an
 * in-memory H2 database (run: see the README's Benchmarks section).
 *
 * <ul>
 *   <li>{@code issueCredential}: the whole credential request after the access token check:
 *       a nonce from the nonce store, the wallet's key proof (signed here, as the wallet would),
 *       proof validation, then the issuance transaction — nonce consumed, random status index
 *       allocated, SD-JWT VC built with its disclosures and signed ES256 with x5c, record stored.
 *   <li>{@code buildAndSign}: the crypto and encoding path alone: claims, disclosures, digests, signature.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class IssuanceBenchmark {

    private static final String ISSUER = "http://localhost:8080";

    private IssueCredentials issuer;
    private Nonces nonces;
    private SdJwtVcFactory factory;
    private CredentialSubject subject;
    private WalletGrant grant;
    private ECKey holderKey;

    @Setup
    public void setUp() throws Exception {
        // One INFO line per credential would measure the console, not issuance.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Clock clock = Clock.systemUTC();
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);

        Path keysFolder = Files.createTempDirectory("bench-keys-");
        CredentialApiProperties app = new CredentialApiProperties(
                URI.create(ISSUER),
                keysFolder,
                new CredentialApiProperties.Keys("BENCH_KEYSTORE_PASSWORD", Duration.ofSeconds(10)),
                URI.create("http://localhost:9000"));
        ServiceKeys serviceKeys = ServiceKeys.open(
                keysFolder,
                "credential-api",
                "BENCH_KEYSTORE_PASSWORD",
                Map.of("BENCH_KEYSTORE_PASSWORD", "bench"),
                clock);
        LiveKeyRing liveKeys = new LiveKeyRing(serviceKeys, KeyAlgorithm.ES256, Duration.ofSeconds(10));
        IssuerSigningKey signingKey = new IssuerSigningKey(
                serviceKeys, liveKeys, new IssuerProperties(true, "bench root", Duration.ofDays(365)), app, clock);
        IssuerUrls urls = new IssuerUrls(app);
        factory = new SdJwtVcFactory(urls, new IssuerJwtSigner(signingKey));
        IssuanceProperties properties = new IssuanceProperties(
                Duration.ofDays(730),
                Duration.ofMinutes(5),
                Duration.ofMinutes(10),
                Duration.ofMinutes(5),
                6,
                5,
                10,
                Duration.ofMinutes(5),
                Duration.ofSeconds(60),
                DataSize.ofKilobytes(64));
        nonces = new Nonces(new JdbcNonceStore(jdbc), properties, clock);
        StatusLists statusLists = new StatusLists(
                new JdbcStatusListStore(jdbc, transactions),
                new StatusListProperties(131_072, Duration.ofMinutes(5), Duration.ofHours(24)),
                app,
                clock);
        CredentialSubjects subjects =
                new CredentialSubjects(new TestLearners(), new TestCompletions(), new TestCatalog());
        issuer = new IssueCredentials(
                new ProofValidator(urls, properties, clock),
                subjects,
                nonces,
                statusLists,
                factory,
                new JdbcIssuedCredentialStore(jdbc),
                properties,
                transactions,
                clock,
                new SimpleMeterRegistry());
        grant = new WalletGrant(
                TestLearners.AN.key(),
                DigitalCompetencyCredential.CONFIGURATION_ID,
                Optional.empty(),
                Optional.of("urn:vn:vneid:loa:2"),
                WalletGrant.AUTHORIZATION_CODE);
        subject = subjects.resolve(grant);
        holderKey = Proofs.newHolderKey();
    }

    @Benchmark
    public List<String> issueCredential() {
        String proof = Proofs.keyProof(holderKey, ISSUER, nonces.issue(), Instant.now());
        return issuer.issue(grant, new CredentialRequest(DigitalCompetencyCredential.CONFIGURATION_ID, List.of(proof)));
    }

    @Benchmark
    public String buildAndSign() {
        Instant now = Instant.now();
        return factory.create(
                subject,
                holderKey.toPublicJWK(),
                new StatusReference(1, 4242, URI.create(ISSUER + "/status-lists/1")),
                now,
                now.plus(Duration.ofDays(730)));
    }
}
