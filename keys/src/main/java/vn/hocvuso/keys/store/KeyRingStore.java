package vn.hocvuso.keys.store;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PKCS12Attribute;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.hocvuso.keys.KeyAlgorithm;
import vn.hocvuso.keys.KeyRing;
import vn.hocvuso.keys.KeysException;
import vn.hocvuso.keys.ManagedKey;
import vn.hocvuso.keys.SigningKeyGenerator;

/**
 * A key ring kept in one PKCS#12 file. Each private-key entry carries its lifecycle as PKCS#12
 * bag attributes, so that keys and their retirement times are always written together, atomically.
 */
public final class KeyRingStore {

    public static final String FILE_NAME = "keys.p12";

    /*
     * Attribute identifiers under an OID derived from a UUID (ITU-T X.667, arc 2.25), which needs no
     * registration and cannot collide with anyone else's.
     */
    private static final String OID_ARC = "2.25.240768466781418796419958478842794661509";
    static final String CREATED_AT = OID_ARC + ".1";
    static final String RETIRES_AT = OID_ARC + ".2";

    private final Pkcs12File file;
    private final char[] password;

    public KeyRingStore(Path file, char[] password) {
        this.file = new Pkcs12File(file);
        this.password = password.clone();
    }

    /** The store of the default file name in {@code folder}. */
    public static KeyRingStore in(Path folder, char[] password) {
        return new KeyRingStore(folder.resolve(FILE_NAME), password);
    }

    public Path path() {
        return file.path();
    }

    public boolean exists() {
        return file.exists();
    }

    public KeyRing load() {
        KeyStore store = file.load(password);
        List<ManagedKey> keys = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    keys.add(read(store, alias));
                }
            }
        } catch (GeneralSecurityException e) {
            throw new KeysException("keystore " + file.path() + " has an unreadable entry: " + e.getMessage(), e);
        }
        if (keys.isEmpty()) {
            throw new KeysException("keystore " + file.path() + " holds no signing key");
        }
        return new KeyRing(keys);
    }

    /** Creates the file with {@code ring}; refuses if a file is already there, so keys are never overwritten. */
    public void create(KeyRing ring) {
        if (file.exists()) {
            throw new KeysException("keystore " + file.path() + " already exists; it was left unchanged"
                    + " (use 'keys rotate' to add a key)");
        }
        write(ring);
    }

    /** Replaces the file's content with {@code ring}; the caller has loaded it with the right password. */
    public void save(KeyRing ring) {
        if (ring.isEmpty()) {
            throw new KeysException("refusing to write an empty key ring to " + file.path());
        }
        write(ring);
    }

    private void write(KeyRing ring) {
        KeyStore store = Pkcs12File.empty();
        try {
            for (ManagedKey key : ring.keys()) {
                Set<KeyStore.Entry.Attribute> attributes = new HashSet<>();
                attributes.add(new PKCS12Attribute(
                        CREATED_AT, Long.toString(key.createdAt().getEpochSecond())));
                key.retiresAt()
                        .ifPresent(at ->
                                attributes.add(new PKCS12Attribute(RETIRES_AT, Long.toString(at.getEpochSecond()))));
                KeyStore.PrivateKeyEntry entry = new KeyStore.PrivateKeyEntry(
                        privateKey(key), key.chain().toArray(new Certificate[0]), attributes);
                store.setEntry(key.kid().toLowerCase(Locale.ROOT), entry, new KeyStore.PasswordProtection(password));
            }
        } catch (GeneralSecurityException e) {
            throw new KeysException("cannot prepare keystore " + file.path() + ": " + e.getMessage(), e);
        }
        file.save(store, password);
    }

    private ManagedKey read(KeyStore store, String alias) throws GeneralSecurityException {
        KeyStore.PrivateKeyEntry entry =
                (KeyStore.PrivateKeyEntry) store.getEntry(alias, new KeyStore.PasswordProtection(password));
        List<X509Certificate> chain = Arrays.stream(entry.getCertificateChain())
                .map(X509Certificate.class::cast)
                .toList();
        KeyAlgorithm algorithm =
                "EC".equals(entry.getPrivateKey().getAlgorithm()) ? KeyAlgorithm.ES256 : KeyAlgorithm.RS256;
        if (algorithm == KeyAlgorithm.ES256 && !isP256(chain.get(0))) {
            throw new KeysException("key '" + alias + "' in " + file.path() + " is not on the P-256 curve");
        }
        JWK jwk = SigningKeyGenerator.toJwk(new KeyPair(chain.get(0).getPublicKey(), entry.getPrivateKey()), algorithm);
        Instant created =
                attribute(entry, CREATED_AT).orElse(chain.get(0).getNotBefore().toInstant());
        return new ManagedKey(jwk, created, attribute(entry, RETIRES_AT), chain);
    }

    private static boolean isP256(X509Certificate certificate) {
        try {
            return Curve.forECParameterSpec(((ECPublicKey) certificate.getPublicKey()).getParams()) == Curve.P_256;
        } catch (ClassCastException e) {
            return false;
        }
    }

    private static Optional<Instant> attribute(KeyStore.PrivateKeyEntry entry, String oid) {
        return entry.getAttributes().stream()
                .filter(attribute -> attribute.getName().equals(oid))
                .findFirst()
                .map(attribute -> Instant.ofEpochSecond(Long.parseLong(attribute.getValue())));
    }

    private static PrivateKey privateKey(ManagedKey key) {
        try {
            return key.jwk() instanceof ECKey ec
                    ? ec.toPrivateKey()
                    : key.jwk().toRSAKey().toPrivateKey();
        } catch (JOSEException e) {
            throw new KeysException("key " + key.kid() + " has no private part to store", e);
        }
    }
}
