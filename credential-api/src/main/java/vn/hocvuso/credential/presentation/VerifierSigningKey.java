package vn.hocvuso.credential.presentation;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.config.CredentialApiProperties;
import vn.hocvuso.credential.issuer.IssuerProperties;
import vn.hocvuso.credential.issuer.LocalRoot;
import vn.hocvuso.keys.IssuerCertificates;
import vn.hocvuso.keys.KeyAlgorithm;
import vn.hocvuso.keys.KeyRing;
import vn.hocvuso.keys.KeysException;
import vn.hocvuso.keys.LiveKeyRing;
import vn.hocvuso.keys.ManagedKey;
import vn.hocvuso.keys.ServiceKeys;

/**
 * The key that signs request objects, in its own key ring ({@code <data-dir>/verifier/}) so that
 * the verifier's and the issuer's keys never mix, with an X.509 certificate for the verifier's DNS
 * name from the local root (the {@code x509_san_dns} Client Identifier, OID4VP 1.0 §5.9.3). In
 * production, where the root stays offline, certify it with
 * {@code keys-cli certificate --dir <data-dir>/verifier --root-dir <root folder> --host <host>}.
 */
@Component
public class VerifierSigningKey {

    static final String FOLDER = "verifier";

    private final ServiceKeys verifierKeys;
    private final ServiceKeys serviceKeys;
    private final LiveKeyRing liveKeys;
    private final IssuerProperties issuer;
    private final String dnsName;
    private final Clock clock;
    private volatile Signing current;

    /** The active key, its {@code x5c} chain (leaf first) and a signer. */
    public record Signing(String kid, List<X509Certificate> chain, List<Base64> x5c, JWSSigner signer) {}

    public VerifierSigningKey(
            ServiceKeys serviceKeys,
            CredentialApiProperties app,
            IssuerProperties issuer,
            VerifierIdentity identity,
            Clock clock) {
        this.serviceKeys = serviceKeys;
        this.verifierKeys = ServiceKeys.open(
                app.dataDir().resolve(FOLDER),
                "credential-api verifier",
                app.keys().passwordEnv(),
                System.getenv(),
                clock);
        this.liveKeys =
                new LiveKeyRing(verifierKeys, KeyAlgorithm.ES256, app.keys().reloadInterval());
        this.issuer = issuer;
        this.dnsName = identity.dnsName();
        this.clock = clock;
        // Fail at start, not at the first request, when the key cannot be certified.
        this.current = certify(liveKeys.active());
    }

    public Signing current() {
        Signing seen = current;
        ManagedKey active = liveKeys.active();
        if (seen.kid().equals(active.kid())
                && seen.chain()
                        .get(0)
                        .getNotAfter()
                        .toInstant()
                        .isAfter(clock.instant().plusSeconds(60))) {
            return seen;
        }
        synchronized (this) {
            if (current == seen) {
                current = certify(active);
            }
            return current;
        }
    }

    private Signing certify(ManagedKey active) {
        ManagedKey key = LocalRoot.of(serviceKeys, issuer)
                .map(root -> {
                    KeyRing ring = verifierKeys.certifyActiveKey(root, dnsName, issuer.certificateValidity());
                    return ring.find(active.kid()).orElse(ring.active());
                })
                .orElse(active);
        List<X509Certificate> chain = IssuerCertificates.x5c(
                key, clock.instant(), verifierKeys.keystore().toString());
        try {
            ECKey ecKey = key.jwk().toECKey();
            return new Signing(ecKey.getKeyID(), chain, LocalRoot.x5c(chain), new ECDSASigner(ecKey));
        } catch (JOSEException e) {
            throw new KeysException("the verifier key " + key.kid() + " cannot sign ES256", e);
        }
    }
}
