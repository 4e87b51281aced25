package vn.hocvuso.keys.store;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import vn.hocvuso.keys.KeysException;
import vn.hocvuso.keys.x509.CertificateAuthority;

/**
 * The root CA's key and certificate in their own PKCS#12 file, apart from the service keys, so that
 * an operator can move the root offline and keep only its certificate on the servers.
 */
public final class CertificateAuthorityStore {

    public static final String FILE_NAME = "root-ca.p12";
    private static final String ALIAS = "root-ca";

    private final Pkcs12File file;
    private final char[] password;

    public CertificateAuthorityStore(Path file, char[] password) {
        this.file = new Pkcs12File(file);
        this.password = password.clone();
    }

    public static CertificateAuthorityStore in(Path folder, char[] password) {
        return new CertificateAuthorityStore(folder.resolve(FILE_NAME), password);
    }

    public Path path() {
        return file.path();
    }

    public boolean exists() {
        return file.exists();
    }

    public CertificateAuthority load() {
        KeyStore store = file.load(password);
        try {
            if (!store.isKeyEntry(ALIAS)) {
                throw new KeysException("keystore " + file.path() + " holds no root CA entry '" + ALIAS + "'");
            }
            KeyStore.PrivateKeyEntry entry =
                    (KeyStore.PrivateKeyEntry) store.getEntry(ALIAS, new KeyStore.PasswordProtection(password));
            return new CertificateAuthority(entry.getPrivateKey(), (X509Certificate) entry.getCertificate());
        } catch (GeneralSecurityException e) {
            throw new KeysException("keystore " + file.path() + " has an unreadable root CA: " + e.getMessage(), e);
        }
    }

    /** Stores a new root; refuses if the file exists, so that an existing root is never replaced. */
    public void create(CertificateAuthority authority) {
        if (file.exists()) {
            throw new KeysException("root CA keystore " + file.path() + " already exists; it was left unchanged");
        }
        KeyStore store = Pkcs12File.empty();
        try {
            store.setEntry(
                    ALIAS,
                    new KeyStore.PrivateKeyEntry(authority.privateKey(), new Certificate[] {authority.certificate()}),
                    new KeyStore.PasswordProtection(password));
        } catch (GeneralSecurityException e) {
            throw new KeysException("cannot prepare root CA keystore " + file.path(), e);
        }
        file.save(store, password);
    }
}
