package vn.hocvuso.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fresh, empty database for one test context or one started app: in-memory H2 by default, or a
 * new database on the real PostgreSQL server when the tests run with {@code -Dtest.database=postgres}.
 *
 * <p>PostgreSQL is reached at {@code TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres})
 * as {@code TEST_PG_USER} (default {@code hocvuso_test}) with password {@code TEST_PG_PASSWORD}
 * (environment variables or system properties of the same name; the password defaults to the file
 * {@code ~/.config/hocvuso/test-pg-password} that {@code .ci/postgres-test-role} writes). When the
 * server is down the tests fail with a message saying so: they never fall back to H2.
 */
public final class TestDatabase {

    public static final String SELECTOR = "test.database";
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated));
    }

    private TestDatabase() {}

    public record Connection(String url, String username, String password) {

        /** Spring Boot properties that point an app at this database. */
        public Map<String, String> springProperties() {
            return Map.of(
                    "spring.datasource.url", url,
                    "spring.datasource.username", username,
                    "spring.datasource.password", password);
        }

        @Override
        public String toString() {
            return "Connection[" + url + " as " + username + "]";
        }
    }

    public static boolean usesPostgres() {
        return "postgres".equalsIgnoreCase(setting(SELECTOR, "h2"));
    }

    /** A new empty database named after {@code purpose} (letters and digits are kept). */
    public static Connection fresh(String purpose) {
        String name = "t_" + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (!usesPostgres()) {
            return new Connection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        return createOnPostgres(name);
    }

    /**
     * A new empty database on the PostgreSQL server whatever {@code test.database} says, for a test
     * that needs a database several processes share; it fails when the server is down.
     */
    public static Connection freshPostgres(String purpose) {
        return createOnPostgres("t_" + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    private static Connection createOnPostgres(String name) {
        String adminUrl = setting("TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = setting("TEST_PG_USER", "hocvuso_test");
        String password = password();
        try (java.sql.Connection admin = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "the tests run on PostgreSQL (-D" + SELECTOR + "=postgres, or a test that needs it) but "
                            + adminUrl + " as " + user + " cannot create a database: " + e.getMessage()
                            + " (is the server up? pg_ctlcluster 15 main start; does the role exist? see .ci/run)",
                    e);
        }
        CREATED.add(name);
        return new Connection(adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name, user, password);
    }

    private static void dropCreated() {
        if (CREATED.isEmpty()) {
            return;
        }
        String adminUrl = setting("TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        try (java.sql.Connection admin =
                        DriverManager.getConnection(adminUrl, setting("TEST_PG_USER", "hocvuso_test"), password());
                Statement statement = admin.createStatement()) {
            for (String name : CREATED) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("could not drop the test databases " + CREATED + ": " + e.getMessage());
        }
    }

    private static String password() {
        String configured = setting("TEST_PG_PASSWORD", "");
        if (!configured.isEmpty()) {
            return configured;
        }
        java.nio.file.Path file =
                java.nio.file.Path.of(System.getProperty("user.home"), ".config", "hocvuso", "test-pg-password");
        try {
            return java.nio.file.Files.isReadable(file)
                    ? java.nio.file.Files.readString(file).strip()
                    : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
