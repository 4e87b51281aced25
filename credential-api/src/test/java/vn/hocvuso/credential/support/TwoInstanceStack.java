package vn.hocvuso.credential.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.hocvuso.testsupport.AppProcess;
import vn.hocvuso.testsupport.RoundRobinProxy;
import vn.hocvuso.testsupport.TestDatabase;

/**
 * The stack as production runs it: one national-ID simulator, and two instances each of
 * auth-server and credential-api on the {@code postgres} profile, each pair sharing one PostgreSQL
 * database and one data folder (so one set of keys), behind a round-robin proxy without sticky
 * sessions. Each app's base URL is its proxy's address, the only one browsers, wallets and the
 * other apps are given.
 */
public final class TwoInstanceStack implements AutoCloseable {

    public final AppProcess nationalId;
    public final List<AppProcess> authServers;
    public final List<AppProcess> credentialApis;
    public final RoundRobinProxy authProxy;
    public final RoundRobinProxy credentialProxy;

    private TwoInstanceStack(
            AppProcess nationalId,
            List<AppProcess> authServers,
            List<AppProcess> credentialApis,
            RoundRobinProxy authProxy,
            RoundRobinProxy credentialProxy) {
        this.nationalId = nationalId;
        this.authServers = authServers;
        this.credentialApis = credentialApis;
        this.authProxy = authProxy;
        this.credentialProxy = credentialProxy;
    }

    public StackUrls urls() {
        return new StackUrls(nationalId.baseUrl(), authProxy.baseUrl(), credentialProxy.baseUrl());
    }

    /** auth-server's shared data folder (its keys, the demo clients' keys). */
    public Path authDataDir() {
        return authServers.get(0).dataDir();
    }

    /** credential-api's shared data folder (its keys, its root certificate). */
    public Path credentialDataDir() {
        return credentialApis.get(0).dataDir();
    }

    /** Starts everything, or stops what it started and rethrows when a process cannot start. */
    public static TwoInstanceStack start() {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            return start(started);
        } catch (RuntimeException e) {
            for (int i = started.size() - 1; i >= 0; i--) {
                try {
                    started.get(i).close();
                } catch (Exception closing) {
                    e.addSuppressed(closing);
                }
            }
            throw e;
        }
    }

    private static TwoInstanceStack start(List<AutoCloseable> started) {
        int nidPort = AppProcess.freePort();
        List<Integer> authPorts = List.of(AppProcess.freePort(), AppProcess.freePort());
        List<Integer> credentialPorts = List.of(AppProcess.freePort(), AppProcess.freePort());
        RoundRobinProxy authProxy = remember(started, RoundRobinProxy.start(AppProcess.freePort(), authPorts));
        RoundRobinProxy credentialProxy =
                remember(started, RoundRobinProxy.start(AppProcess.freePort(), credentialPorts));
        String auth = authProxy.baseUrl();
        String credential = credentialProxy.baseUrl();
        AppProcess nationalId = remember(
                started,
                AppProcess.start(
                        "mock-national-id",
                        "nid",
                        nidPort,
                        Map.of(
                                "nid.clients[0].client-id", "auth-server",
                                "nid.clients[0].jwk-set-url", auth + "/oauth2/jwks",
                                "nid.clients[0].redirect-uris[0]", auth + "/login/oauth2/code/national-id")));
        Map<String, String> authSettings = Map.of(
                "auth.base-url",
                auth,
                "auth.upstream.issuer",
                nationalId.baseUrl(),
                "auth.resource-audience",
                credential,
                "auth.clients.credential-portal.redirect-uris",
                credential + "/login/oauth2/code/auth-server",
                "auth.clients.credential-portal.post-logout-redirect-uris",
                credential + "/",
                "auth.clients.credential-portal.jwk-set-url",
                credential + "/oauth2/client-jwks");
        List<AppProcess> authServers = instances(started, "auth-server", "auth", authPorts, authSettings);
        List<AppProcess> credentialApis = instances(
                started,
                "credential-api",
                "credentials",
                credentialPorts,
                Map.of("credentials.base-url", credential, "credentials.auth-server-url", auth));
        return new TwoInstanceStack(nationalId, authServers, credentialApis, authProxy, credentialProxy);
    }

    private static <T extends AutoCloseable> T remember(List<AutoCloseable> started, T closeable) {
        started.add(closeable);
        return closeable;
    }

    /** The first instance alone (it creates the schema and the keys), then the second on the same database and folder. */
    private static List<AppProcess> instances(
            List<AutoCloseable> started, String app, String prefix, List<Integer> ports, Map<String, String> settings) {
        TestDatabase.Connection database = TestDatabase.freshPostgres(app);
        Path dataDir = sharedDataDir(app);
        AppProcess first =
                remember(started, AppProcess.startInstance(app, prefix, ports.get(0), settings, dataDir, database));
        AppProcess second =
                remember(started, AppProcess.startInstance(app, prefix, ports.get(1), settings, dataDir, database));
        return List.of(first, second);
    }

    private static Path sharedDataDir(String app) {
        try {
            return Files.createTempDirectory(app + "-shared-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        credentialApis.forEach(AppProcess::close);
        authServers.forEach(AppProcess::close);
        nationalId.close();
        credentialProxy.close();
        authProxy.close();
    }
}
