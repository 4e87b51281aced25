package vn.hocvuso.keys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.hocvuso.keys.secret.DataKeys;
import vn.hocvuso.keys.store.CertificateAuthorityStore;
import vn.hocvuso.keys.store.KeyRingStore;
import vn.hocvuso.keys.store.KeystorePassword;
import vn.hocvuso.keys.x509.CertificateAuthority;
import vn.hocvuso.keys.x509.ChainValidator;

/**
 * The keys of one service in its data folder: signing keys, the data-protection keys and, for the
 * credential issuer, the root CA and the issuer certificate. The one entry point that the
 * applications and the command-line tool share.
 */
public final class ServiceKeys {

    private final Path folder;
    private final String owner;
    private final char[] password;
    private final Clock clock;
    private final KeyRingStore ringStore;

    private ServiceKeys(Path folder, String owner, char[] password, Clock clock) {
        this.folder = folder;
        this.owner = owner;
        this.password = password;
        this.clock = clock;
        this.ringStore = KeyRingStore.in(folder, password);
    }

    /**
     * Opens the keys in {@code folder}. The password is read from {@code passwordVariable} in
     * {@code environment}, or from the password file, which is generated only for an empty folder.
     */
    public static ServiceKeys open(
            Path folder, String owner, String passwordVariable, Map<String, String> environment, Clock clock) {
        Path normalized = folder.toAbsolutePath().normalize();
        boolean fresh = !Files.exists(normalized.resolve(KeyRingStore.FILE_NAME))
                && !Files.exists(normalized.resolve(CertificateAuthorityStore.FILE_NAME))
                && !Files.exists(normalized.resolve(DataKeys.FILE_NAME));
        char[] password = KeystorePassword.resolve(normalized, passwordVariable, environment, fresh);
        return new ServiceKeys(normalized, Objects.requireNonNull(owner), password, clock);
    }

    public Path folder() {
        return folder;
    }

    public Path keystore() {
        return ringStore.path();
    }

    public boolean hasKeyRing() {
        return ringStore.exists();
    }

    public KeyRing load() {
        return ringStore.load();
    }

    /** The key ring, generating a first key when the service starts for the first time. */
    public KeyRing loadOrCreate(KeyAlgorithm algorithm) {
        return ringStore.exists() ? ringStore.load() : generate(algorithm);
    }

    /** Creates the key ring with one new key; refuses when a keystore already exists. */
    public KeyRing generate(KeyAlgorithm algorithm) {
        KeyRing ring = new KeyRing(List.of(SigningKeyGenerator.generate(algorithm, owner, clock.instant())));
        ringStore.create(ring);
        return ring;
    }

    /**
     * Adds a new active key; the previous ones verify for {@code overlap} more, and keys whose
     * retirement time has passed are dropped.
     */
    public KeyRing rotate(KeyAlgorithm algorithm, Duration overlap) {
        Instant now = clock.instant();
        KeyRing current = ringStore.load();
        KeyRing next = current.rotate(SigningKeyGenerator.generate(algorithm, owner, now), now, overlap)
                .prune(now);
        ringStore.save(next);
        return next;
    }

    public DataKeys dataKeys() {
        return DataKeys.openOrCreate(folder, password);
    }

    /** The root CA of this folder, created on first use (development and demos: production keeps it offline). */
    public CertificateAuthority loadOrCreateRoot(String commonName) {
        CertificateAuthorityStore store = CertificateAuthorityStore.in(folder, password);
        if (!store.exists()) {
            store.create(CertificateAuthority.create(
                    commonName, clock.instant(), CertificateAuthority.DEFAULT_ROOT_VALIDITY));
        }
        CertificateAuthority authority = store.load();
        ChainValidator.requireValidAt(
                authority.certificate(), clock.instant(), store.path().toString());
        return authority;
    }

    /**
     * Gives the active key a certificate issued by {@code authority} for {@code host}, unless it
     * already has a valid one for that host from that authority.
     */
    public KeyRing certifyActiveKey(CertificateAuthority authority, String host, Duration validity) {
        KeyRing ring = ringStore.load();
        ManagedKey active = ring.active();
        if (IssuerCertificates.isIssuedFor(active, authority, host, clock.instant())) {
            return ring;
        }
        List<java.security.cert.X509Certificate> chain =
                authority.issue(active.certificate().getPublicKey(), host, host, clock.instant(), validity);
        KeyRing next = ring.replace(active.withChain(chain));
        ringStore.save(next);
        return next;
    }

    public Clock clock() {
        return clock;
    }
}
