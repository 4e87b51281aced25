package vn.hocvuso.credential.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.spec.SecretKeySpec;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.hocvuso.credential.agency.Agency;
import vn.hocvuso.credential.agency.AgencyProperties;
import vn.hocvuso.credential.agency.AgencyQueryMetrics;
import vn.hocvuso.credential.agency.CompetencyAnswer;
import vn.hocvuso.credential.agency.CompetencyLookup;
import vn.hocvuso.credential.agency.CompetencyQuestion;
import vn.hocvuso.credential.agency.QueryCompetency;
import vn.hocvuso.credential.audit.BenchmarkAccessLog;
import vn.hocvuso.credential.config.CredentialApiProperties;
import vn.hocvuso.credential.issuance.JdbcIssuedCredentialStore;
import vn.hocvuso.credential.learner.LearnerKeys;
import vn.hocvuso.credential.learner.PersonalDataCipher;
import vn.hocvuso.credential.learning.JdbcLearningRecords;
import vn.hocvuso.credential.learning.LearningRecords;
import vn.hocvuso.credential.status.CredentialStatuses;
import vn.hocvuso.credential.status.JdbcStatusListStore;
import vn.hocvuso.credential.status.StatusListProperties;
import vn.hocvuso.credential.status.StatusLists;
import vn.hocvuso.credential.support.TestCatalog;
import vn.hocvuso.testsupport.TestDatabase;

/**
 * Agency queries against seeded citizens (1,000,000 by default; 40 % of them with a completed
 * programme), with the production classes wired by hand (run: see the README's Benchmarks section).
 * {@code -p database=h2} (default) seeds an in-memory H2 row by row in batches, with names
 * encrypted as in production; {@code -p database=postgres} seeds a fresh database on the test
 * PostgreSQL server with {@code generate_series} (keys computed in SQL with pgcrypto's HMAC under the
 * same lookup key; names as one fixed ciphertext, which queries never read), for {@code -p
 * citizens=10000000}.
 *
 * <ul>
 *   <li>{@code singleQuery}: one query's latency (sample mode: p50/p99): ID number checked and
 *       hashed, completions and credentials looked up, the access-log entry appended and committed.
 *   <li>{@code bulkCheck10k}: one bulk check of 10,000 ID numbers (1 in 10 malformed): every row
 *       answered, 10,000 entries appended in one transaction.
 * </ul>
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx6g"})
public class AgencyQueryBenchmark {

    static final String PROGRAMME = TestCatalog.NATIONAL_ASSEMBLY;
    /** Ten official province codes: one million citizens each. */
    static final List<String> PROVINCES = List.of("001", "002", "004", "006", "008", "010", "011", "012", "014", "015");

    @Param({"h2"})
    public String database;

    @Param({"1000000"})
    public int citizens;

    private QueryCompetency queries;
    private Agency agency;
    private List<String> bulkRows;

    @Setup
    public void setUp() throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Clock clock = Clock.systemUTC();
        if (citizens > PROVINCES.size() * 1_000_000) {
            throw new IllegalArgumentException("at most " + PROVINCES.size() * 1_000_000 + " citizens");
        }
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setMaximumPoolSize(4);
        if ("postgres".equals(database)) {
            TestDatabase.Connection connection = TestDatabase.freshPostgres("agency_bench");
            dataSource.setJdbcUrl(connection.url());
            dataSource.setUsername(connection.username());
            dataSource.setPassword(connection.password());
        } else {
            dataSource.setJdbcUrl("jdbc:h2:mem:agency-bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        JdbcTemplate template = new JdbcTemplate(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        byte[] lookupKey = random(32);
        LearnerKeys keys = new LearnerKeys(new SecretKeySpec(lookupKey, "HmacSHA256"));
        PersonalDataCipher cipher = new PersonalDataCipher(new SecretKeySpec(random(32), "AES"));

        long started = System.nanoTime();
        if ("postgres".equals(database)) {
            seedWithSql(template, lookupKey, cipher);
        } else {
            seed(template, keys, cipher);
        }
        System.out.printf(
                "%nseeded %,d citizens (%,d with a completion) on %s in %d s%n",
                citizens, citizens * 2L / 5, database, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));

        CredentialApiProperties app = new CredentialApiProperties(
                URI.create("http://localhost:8080"),
                java.nio.file.Files.createTempDirectory("agency-bench-"),
                new CredentialApiProperties.Keys("BENCH_KEYSTORE_PASSWORD", Duration.ofSeconds(10)),
                URI.create("http://localhost:9000"));
        JdbcStatusListStore statusStore = new JdbcStatusListStore(jdbc, transactions);
        StatusLists lists = new StatusLists(
                statusStore,
                new StatusListProperties(131_072, Duration.ofMinutes(5), Duration.ofHours(24)),
                app,
                clock);
        ApplicationEventPublisher noEvents = event -> {};
        CompetencyLookup lookup = new CompetencyLookup(
                new TestCatalog(),
                new LearningRecords(new JdbcLearningRecords(jdbc)),
                new JdbcIssuedCredentialStore(jdbc),
                new CredentialStatuses(statusStore, lists, noEvents, clock));
        queries = new QueryCompetency(
                lookup,
                keys,
                BenchmarkAccessLog.create(jdbc, template),
                transactions,
                clock,
                new AgencyQueryMetrics(new SimpleMeterRegistry()));
        agency = new Agency(
                "agency-nao",
                new AgencyProperties.Agency(
                        "Văn phòng Quốc hội", "Office of the National Assembly", List.of("annual-evaluation")));
        bulkRows = new ArrayList<>(10_000);
        for (int i = 0; i < 10_000; i++) {
            bulkRows.add(
                    i % 10 == 9
                            ? "999" + i
                            : idNumber(ThreadLocalRandom.current().nextInt(citizens)));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    public CompetencyAnswer singleQuery() {
        String idNumber = idNumber(ThreadLocalRandom.current().nextInt(citizens));
        return queries.single(agency, "annual-evaluation", CompetencyQuestion.ANY, idNumber);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public List<QueryCompetency.RowResult> bulkCheck10k() {
        return queries.bulk(agency, "annual-evaluation", CompetencyQuestion.ANY, bulkRows);
    }

    /** Citizen {@code i}: female born 1985, in the province of her million, sequence {@code i} in it. */
    static String idNumber(int i) {
        return PROVINCES.get(i / 1_000_000) + "185" + String.format("%06d", i % 1_000_000);
    }

    /**
     * The same citizens as {@link #seed}, made by PostgreSQL itself, one province (a million) per
     * statement: the learner key is HMAC-SHA256 of the ID number under the lookup key, base64url
     * without padding, as {@link LearnerKeys} computes it.
     */
    private void seedWithSql(JdbcTemplate template, byte[] lookupKey, PersonalDataCipher cipher) {
        template.execute("create extension if not exists pgcrypto");
        String hexKey = java.util.HexFormat.of().formatHex(lookupKey);
        String key =
                "translate(rtrim(encode(hmac(convert_to(cast(? as text) || '185' || lpad(g::text, 6, '0'), 'UTF8'),"
                        + " decode(?, 'hex'), 'sha256'), 'base64'), '='), '+/', '-_')";
        String name = cipher.encrypt("Nguyễn", "bench/name");
        for (int province = 0; province * 1_000_000 < citizens; province++) {
            int last = Math.min(1_000_000, citizens - province * 1_000_000) - 1;
            String code = PROVINCES.get(province);
            template.update(
                    "insert into learner (learner_key, given_name, family_name, birth_date, assurance_level,"
                            + " created_at, updated_at) select " + key + ", ?, ?, ?, 'urn:vn:vneid:loa:2', now(), now()"
                            + " from generate_series(0, ?) g",
                    code,
                    hexKey,
                    name,
                    name,
                    name,
                    last);
            template.update(
                    "insert into learning_event (learner_key, event_type, programme_id, source, framework_version,"
                            + " recorded_at, once_key) select " + key + ", 'PROGRAMME_COMPLETED', ?,"
                            + " 'provider:bench-provider', '2025.1', timestamp with time zone '2026-03-02 08:30:00+00', ?"
                            + " from generate_series(0, ?) g where g % 5 < 2",
                    code,
                    hexKey,
                    PROGRAMME,
                    "completed:" + PROGRAMME,
                    last);
        }
        template.execute("analyze");
    }

    private void seed(JdbcTemplate template, LearnerKeys keys, PersonalDataCipher cipher) {
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        OffsetDateTime completed = Instant.parse("2026-03-02T08:30:00Z").atOffset(ZoneOffset.UTC);
        List<Object[]> learners = new ArrayList<>(10_000);
        List<Object[]> completions = new ArrayList<>(4_000);
        for (int i = 0; i < citizens; i++) {
            String key = keys.of(idNumber(i)).value();
            String context = "learner/" + key + "/";
            learners.add(new Object[] {
                key,
                cipher.encrypt("Thị " + i, context + "given_name"),
                cipher.encrypt("Nguyễn", context + "family_name"),
                cipher.encrypt("1985-01-01", context + "birth_date"),
                "urn:vn:vneid:loa:2",
                now,
                now
            });
            if (i % 5 < 2) {
                completions.add(new Object[] {
                    key,
                    "PROGRAMME_COMPLETED",
                    PROGRAMME,
                    "provider:bench-provider",
                    "2025.1",
                    completed,
                    "completed:" + PROGRAMME
                });
            }
            if (learners.size() == 10_000) {
                flush(template, learners, completions);
            }
        }
        flush(template, learners, completions);
    }

    private static void flush(JdbcTemplate template, List<Object[]> learners, List<Object[]> completions) {
        template.batchUpdate(
                "insert into learner (learner_key, given_name, family_name, birth_date, assurance_level, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, ?)",
                learners);
        template.batchUpdate(
                "insert into learning_event (learner_key, event_type, programme_id, source, framework_version,"
                        + " recorded_at, once_key) values (?, ?, ?, ?, ?, ?, ?)",
                completions);
        learners.clear();
        completions.clear();
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
