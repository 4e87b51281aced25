package vn.hocvuso.credential.support;

import java.util.Map;
import vn.hocvuso.testsupport.AppProcess;

/**
 * The three apps running from their jars (national-ID simulator, auth-server, credential-api), each
 * pointed at the others' addresses with the settings the README documents. Started once per test
 * JVM and shared by the flow tests that need the real stack.
 */
public final class RealStack {

    private static RealStack started;

    public final AppProcess nationalId;
    public final AppProcess authServer;
    public final AppProcess credentials;

    private RealStack(AppProcess nationalId, AppProcess authServer, AppProcess credentials) {
        this.nationalId = nationalId;
        this.authServer = authServer;
        this.credentials = credentials;
    }

    /** The apps' addresses, for the browser steps of {@link StackBrowser}. */
    public StackUrls urls() {
        return new StackUrls(nationalId.baseUrl(), authServer.baseUrl(), credentials.baseUrl());
    }

    public static synchronized RealStack get() {
        if (started == null) {
            started = start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.credentials.close();
                started.authServer.close();
                started.nationalId.close();
            }));
        }
        return started;
    }

    private static RealStack start() {
        int nidPort = AppProcess.freePort();
        int authPort = AppProcess.freePort();
        int credentialPort = AppProcess.freePort();
        String nid = "http://localhost:" + nidPort;
        String auth = "http://localhost:" + authPort;
        String credential = "http://localhost:" + credentialPort;
        AppProcess nationalId = AppProcess.start(
                "mock-national-id",
                "nid",
                nidPort,
                Map.of(
                        "nid.clients[0].client-id", "auth-server",
                        "nid.clients[0].jwk-set-url", auth + "/oauth2/jwks",
                        "nid.clients[0].redirect-uris[0]", auth + "/login/oauth2/code/national-id"));
        AppProcess authServer = AppProcess.start(
                "auth-server",
                "auth",
                authPort,
                Map.of(
                        "auth.upstream.issuer",
                        nid,
                        "auth.resource-audience",
                        credential,
                        "auth.clients.credential-portal.redirect-uris",
                        credential + "/login/oauth2/code/auth-server",
                        "auth.clients.credential-portal.post-logout-redirect-uris",
                        credential + "/",
                        "auth.clients.credential-portal.jwk-set-url",
                        credential + "/oauth2/client-jwks"));
        AppProcess credentials = AppProcess.start(
                "credential-api", "credentials", credentialPort, Map.of("credentials.auth-server-url", auth));
        return new RealStack(nationalId, authServer, credentials);
    }
}
