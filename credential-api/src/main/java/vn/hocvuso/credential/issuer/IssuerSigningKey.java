package vn.hocvuso.credential.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.config.CredentialApiProperties;
import vn.hocvuso.keys.IssuerCertificates;
import vn.hocvuso.keys.KeyRing;
import vn.hocvuso.keys.KeysException;
import vn.hocvuso.keys.LiveKeyRing;
import vn.hocvuso.keys.ManagedKey;
import vn.hocvuso.keys.ServiceKeys;
import vn.hocvuso.keys.x509.CertificateAuthority;

/**
 * The key that signs credentials and status lists, with its {@code x5c} chain leaf → root.
 *
 * <p>On first start (and after each rotation) the active key gets a certificate from the root CA
 * naming the host of {@code credentials.base-url}, so that a verifier can tie the key to the
 * issuer identifier (SD-JWT VC §3.5, X.509 certificates). The certified chain is kept per
 * {@code kid}: the keystore is read again only when the active key changes or its certificate nears
 * its end.
 */
@Component
public class IssuerSigningKey {

    private final ServiceKeys serviceKeys;
    private final LiveKeyRing liveKeys;
    private final IssuerProperties properties;
    private final String host;
    private final Clock clock;
    private volatile Signing current;

    /** The active key with its validated chain and the chain's {@code x5c} encoding. */
    public record Signing(ECKey key, List<X509Certificate> chain, List<Base64> x5c, JWSSigner signer) {
        public String kid() {
            return key.getKeyID();
        }
    }

    public IssuerSigningKey(
            ServiceKeys serviceKeys,
            LiveKeyRing liveKeys,
            IssuerProperties properties,
            CredentialApiProperties app,
            Clock clock) {
        this.serviceKeys = serviceKeys;
        this.liveKeys = liveKeys;
        this.properties = properties;
        this.host = app.baseUrl().getHost();
        this.clock = clock;
        // Fail at start, not at the first credential, when the chain cannot be made.
        this.current = certify(liveKeys.active());
    }

    /** The signing key now, certified for the issuer host. */
    public Signing current() {
        Signing seen = current;
        ManagedKey active = liveKeys.active();
        Instant now = clock.instant();
        if (seen.kid().equals(active.kid())
                && seen.chain().get(0).getNotAfter().toInstant().isAfter(now.plusSeconds(60))) {
            return seen;
        }
        return refresh(active);
    }

    private synchronized Signing refresh(ManagedKey active) {
        if (current.kid().equals(active.kid())
                && current.chain()
                        .get(0)
                        .getNotAfter()
                        .toInstant()
                        .isAfter(clock.instant().plusSeconds(60))) {
            return current;
        }
        current = certify(active);
        return current;
    }

    private Signing certify(ManagedKey active) {
        ManagedKey key = LocalRoot.of(serviceKeys, properties)
                .map(root -> certified(root, active))
                .orElse(active);
        // The time is read after certifying: a certificate issued just now is valid from this second on.
        List<X509Certificate> chain = IssuerCertificates.x5c(
                key, clock.instant(), serviceKeys.keystore().toString());
        ECKey ecKey = key.jwk().toECKey();
        try {
            return new Signing(ecKey, chain, LocalRoot.x5c(chain), new ECDSASigner(ecKey));
        } catch (JOSEException e) {
            throw new KeysException("the issuer key " + ecKey.getKeyID() + " cannot sign ES256", e);
        }
    }

    private ManagedKey certified(CertificateAuthority root, ManagedKey active) {
        KeyRing ring = serviceKeys.certifyActiveKey(root, host, properties.certificateValidity());
        return ring.find(active.kid()).orElse(ring.active());
    }
}
