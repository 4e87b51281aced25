package vn.hocvuso.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The files of an app's HTTPS mode: the server's certificate chain and private key (PEM), and
 * the PKCS#12 trust store its JVM trusts for calls to the other apps ({@code javax.net.ssl.trustStore}).
 */
public record TlsFiles(Path serverChain, Path serverKey, Path trustStore, String trustStorePassword) {

    /** The Spring properties that make Tomcat answer TLS only, with this certificate. */
    Map<String, String> serverProperties() {
        return Map.of(
                "server.ssl.certificate", "file:" + serverChain.toAbsolutePath(),
                "server.ssl.certificate-private-key", "file:" + serverKey.toAbsolutePath(),
                "server.servlet.session.cookie.secure", "true");
    }

    List<String> jvmOptions() {
        return List.of(
                "-Djavax.net.ssl.trustStore=" + trustStore.toAbsolutePath(),
                "-Djavax.net.ssl.trustStorePassword=" + trustStorePassword,
                "-Djavax.net.ssl.trustStoreType=PKCS12");
    }

    /** A TLS context trusting what the app's JVM trusts, for test clients. */
    public SSLContext clientContext() {
        try (InputStream in = Files.newInputStream(trustStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, trustStorePassword.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the trust store " + trustStore, e);
        }
    }

    /** A TLS context serving the certificate chain with its key, for a test server such as {@link TlsTerminatingProxy}. */
    public SSLContext serverContext() {
        try (InputStream in = Files.newInputStream(serverChain)) {
            Certificate[] chain = CertificateFactory.getInstance("X.509")
                    .generateCertificates(in)
                    .toArray(Certificate[]::new);
            String pem = Files.readString(serverKey, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance(chain[0].getPublicKey().getAlgorithm())
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] password = "in-memory".toCharArray();
            store.setKeyEntry("server", key, password, chain);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the server certificate " + serverChain, e);
        }
    }
}
