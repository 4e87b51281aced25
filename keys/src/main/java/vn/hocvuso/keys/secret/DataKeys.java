package vn.hocvuso.keys.secret;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Objects;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import vn.hocvuso.keys.KeysException;
import vn.hocvuso.keys.store.Pkcs12File;

/**
 * The symmetric keys a service uses for personal data at rest: an AES-256 key for AES-GCM
 * encryption and an HMAC-SHA256 key for keyed-hash lookups. Kept in their own PKCS#12 file,
 * generated on first start, never rotated silently (a new HMAC key would orphan every lookup hash).
 */
public final class DataKeys {

    public static final String FILE_NAME = "data-keys.p12";
    static final String ENCRYPTION_ALIAS = "data-encryption-1";
    static final String LOOKUP_ALIAS = "data-lookup-1";

    private final SecretKey encryptionKey;
    private final SecretKey lookupKey;

    private DataKeys(SecretKey encryptionKey, SecretKey lookupKey) {
        this.encryptionKey = Objects.requireNonNull(encryptionKey);
        this.lookupKey = Objects.requireNonNull(lookupKey);
    }

    /** Loads the data keys from {@code folder}, generating them when the file does not exist yet. */
    public static DataKeys openOrCreate(Path folder, char[] password) {
        Pkcs12File file = new Pkcs12File(folder.resolve(FILE_NAME));
        if (!file.exists()) {
            KeyStore store = Pkcs12File.empty();
            put(store, ENCRYPTION_ALIAS, generate("AES"), password);
            put(store, LOOKUP_ALIAS, generate("HmacSHA256"), password);
            file.save(store, password);
        }
        KeyStore store = file.load(password);
        return new DataKeys(get(store, ENCRYPTION_ALIAS, password, file), get(store, LOOKUP_ALIAS, password, file));
    }

    /** The AES-256 key for AES-GCM encryption of personal data. */
    public SecretKey encryptionKey() {
        return encryptionKey;
    }

    /** The HMAC-SHA256 key for keyed hashes of identifiers. */
    public SecretKey lookupKey() {
        return lookupKey;
    }

    private static SecretKey generate(String algorithm) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(algorithm);
            generator.init(256);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new KeysException("cannot generate a " + algorithm + " key", e);
        }
    }

    private static void put(KeyStore store, String alias, SecretKey key, char[] password) {
        try {
            store.setEntry(alias, new KeyStore.SecretKeyEntry(key), new KeyStore.PasswordProtection(password));
        } catch (GeneralSecurityException e) {
            throw new KeysException("cannot store data key " + alias, e);
        }
    }

    private static SecretKey get(KeyStore store, String alias, char[] password, Pkcs12File file) {
        try {
            KeyStore.Entry entry = store.getEntry(alias, new KeyStore.PasswordProtection(password));
            if (entry instanceof KeyStore.SecretKeyEntry secret) {
                return secret.getSecretKey();
            }
            throw new KeysException("keystore " + file.path() + " holds no data key '" + alias + "'");
        } catch (GeneralSecurityException e) {
            throw new KeysException("keystore " + file.path() + " has an unreadable data key '" + alias + "'", e);
        }
    }
}
