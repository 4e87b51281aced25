package vn.hocvuso.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One of our apps running as its own process from its built jar, as in production: flow tests use
 * it to talk to a real peer over HTTP without importing any of its classes.
 *
 * <p>The app gets a free port, a fresh database ({@link TestDatabase}), a fresh data folder for its keys, and its
 * base URL set to {@code http://localhost:<port>} ({@code https://} in HTTPS mode, {@link #startHttps}); or, as one of several instances, the database and data folder
 * it shares with the others ({@link #startInstance}). Its output goes to {@code app-logs/} under the
 * test's working folder.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Map<String, AppProcess> SHARED = new ConcurrentHashMap<>();

    private final String app;
    private final int port;
    private final Process process;
    private final Path log;
    private final Path dataDir;
    private final TlsFiles tls; // null unless the app itself answers TLS

    private AppProcess(String app, int port, Process process, Path log, Path dataDir, TlsFiles tls) {
        this.app = app;
        this.port = port;
        this.process = process;
        this.log = log;
        this.dataDir = dataDir;
        this.tls = tls;
    }

    /**
     * Starts {@code app} (a module name such as {@code mock-national-id}) whose settings prefix is
     * {@code prefix} ({@code nid}, {@code auth}, {@code credentials}), with extra Spring properties.
     */
    public static AppProcess start(String app, String prefix, Map<String, String> properties) {
        return start(app, prefix, freePort(), properties);
    }

    /** As {@link #start(String, String, Map)} on a port chosen by the caller (to name it in other apps' settings). */
    public static AppProcess start(String app, String prefix, int port, Map<String, String> properties) {
        try {
            Path dataDir = Files.createTempDirectory(app + "-data-");
            Map<String, String> all =
                    new LinkedHashMap<>(TestDatabase.fresh(app).springProperties());
            all.putAll(properties);
            return launch(app, prefix, port, dataDir, all, Map.of(), null, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + app, e);
        }
    }

    /**
     * As {@link #start(String, String, int, Map)} in HTTPS mode: Tomcat answers TLS only on {@code port}
     * with {@code tls}'s certificate, the base URL is {@code https://localhost:<port>}, session cookies
     * are {@code Secure}, and the JVM trusts {@code tls}'s trust store for its calls to the other apps.
     */
    public static AppProcess startHttps(
            String app, String prefix, int port, Map<String, String> properties, TlsFiles tls) {
        try {
            Path dataDir = Files.createTempDirectory(app + "-data-");
            Map<String, String> all =
                    new LinkedHashMap<>(TestDatabase.fresh(app).springProperties());
            all.put(prefix + ".base-url", "https://localhost:" + port);
            all.putAll(tls.serverProperties());
            all.putAll(properties);
            return launch(app, prefix, port, dataDir, all, Map.of(), tls, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + app, e);
        }
    }

    /**
     * As {@link #start(String, String, int, Map)} behind a TLS-terminating reverse proxy: the app answers
     * plain HTTP on {@code port} (its {@link #baseUrl()}), names {@code publicBaseUrl} as its one public
     * base URL, and trusts {@code tls}'s trust store for its calls to the other apps' public addresses.
     */
    public static AppProcess startBehindProxy(
            String app, String prefix, int port, String publicBaseUrl, Map<String, String> properties, TlsFiles tls) {
        try {
            Path dataDir = Files.createTempDirectory(app + "-data-");
            Map<String, String> all =
                    new LinkedHashMap<>(TestDatabase.fresh(app).springProperties());
            all.put(prefix + ".base-url", publicBaseUrl);
            all.putAll(properties);
            return launch(app, prefix, port, dataDir, all, Map.of(), tls, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + app, e);
        }
    }

    /**
     * One of several instances of {@code app} sharing {@code database} and {@code dataDir} (its
     * keys), as in production behind a load balancer. It runs with the {@code postgres} profile,
     * which takes the connection from {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD}.
     * Start the first instance alone, so that it creates the schema and the keys the others find.
     */
    public static AppProcess startInstance(
            String app,
            String prefix,
            int port,
            Map<String, String> properties,
            Path dataDir,
            TestDatabase.Connection database) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("spring.profiles.active", "postgres");
        all.putAll(properties);
        Map<String, String> environment = Map.of(
                "DB_URL", database.url(),
                "DB_USER", database.username(),
                "DB_PASSWORD", database.password());
        return launch(app, prefix, port, dataDir, all, environment, null, false);
    }

    private static AppProcess launch(
            String app,
            String prefix,
            int port,
            Path dataDir,
            Map<String, String> properties,
            Map<String, String> environment,
            TlsFiles tls,
            boolean servesTls) {
        Path jar = repositoryRoot().resolve(app).resolve("target").resolve(app + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    jar + " is missing: build it first with ./mvnw -pl " + app + " -am -DskipTests package");
        }
        try {
            Path logDir = Files.createDirectories(Path.of("app-logs"));
            Path log = logDir.resolve(app + "-" + port + ".log").toAbsolutePath();
            Map<String, String> all = new LinkedHashMap<>();
            all.put("server.port", Integer.toString(port));
            all.put(prefix + ".base-url", (servesTls ? "https" : "http") + "://localhost:" + port);
            all.put(prefix + ".data-dir", dataDir.toString());
            all.putAll(properties);
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-Xss512k"));
            if (tls != null) {
                command.addAll(tls.jvmOptions()); // trust for calls to the other apps' https addresses
            }
            command.addAll(List.of("-jar", jar.toString()));
            all.forEach((key, value) -> command.add("--" + key + "=" + value));
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            AppProcess started = new AppProcess(app, port, builder.start(), log, dataDir, servesTls ? tls : null);
            started.awaitReady();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + app, e);
        }
    }

    /**
     * One process per {@code key} for the whole test JVM, stopped when the JVM exits: flow tests in
     * several classes share it instead of paying its start-up each time.
     */
    public static AppProcess shared(String key, Supplier<AppProcess> starter) {
        return SHARED.computeIfAbsent(key, ignored -> {
            AppProcess process = starter.get();
            Runtime.getRuntime().addShutdownHook(new Thread(process::close));
            return process;
        });
    }

    public String app() {
        return app;
    }

    public int port() {
        return port;
    }

    /** {@code http://localhost:<port>}, or {@code https://...} when started by {@link #startHttps}. */
    public String baseUrl() {
        return (tls == null ? "http" : "https") + "://localhost:" + port;
    }

    /** The app's data folder (keys, generated passwords, its root certificate). */
    public Path dataDir() {
        return dataDir;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(app + " exited with code " + process.exitValue()
                        + " while starting; end of its log " + log + ":\n" + tail());
            }
            if (isReady()) {
                return;
            }
            sleep(250);
        }
        close();
        throw new IllegalStateException(app + " was not ready after " + READY_TIMEOUT + "; end of its log:\n" + tail());
    }

    private boolean isReady() {
        try {
            HttpURLConnection connection = (HttpURLConnection)
                    URI.create(baseUrl() + "/actuator/health/readiness").toURL().openConnection();
            if (tls != null && connection instanceof javax.net.ssl.HttpsURLConnection https) {
                https.setSSLSocketFactory(tls.clientContext().getSocketFactory());
            }
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** The last lines of the app's output, for failure messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** A port free at the time of the call. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder holding {@code mvnw}: the checkout's root, whatever module the test runs in. */
    public static Path repositoryRoot() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !Files.exists(folder.resolve("mvnw"))) {
            folder = folder.getParent();
        }
        if (folder == null) {
            throw new IllegalStateException("cannot find the repository root (the folder with mvnw) above "
                    + Path.of("").toAbsolutePath());
        }
        return folder;
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an app", e);
        }
    }
}
