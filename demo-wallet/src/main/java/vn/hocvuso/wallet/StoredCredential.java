package vn.hocvuso.wallet;

import com.authlete.sd.Disclosure;
import com.authlete.sd.SDJWT;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.SignedJWT;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A credential the wallet holds: the SD-JWT as issued, the holder key it is bound to (private part
 * included: it never leaves the wallet), the issuer-signed claims, and every claim once disclosures
 * are applied.
 *
 * @param sdJwt the issued {@code <jwt>~<disclosure>~...~}
 * @param holderKey the holder's key pair
 * @param issuerSigned the issuer-signed JWT
 * @param disclosures the disclosures that came with it
 * @param claims all claims with every disclosure applied
 * @param x5c the issuer's certificate chain from the header, leaf first, or empty
 */
public record StoredCredential(
        String sdJwt,
        ECKey holderKey,
        SignedJWT issuerSigned,
        List<Disclosure> disclosures,
        Map<String, Object> claims,
        List<X509Certificate> x5c) {

    public StoredCredential {
        Objects.requireNonNull(sdJwt, "sdJwt");
        Objects.requireNonNull(holderKey, "holderKey");
        Objects.requireNonNull(issuerSigned, "issuerSigned");
        disclosures = List.copyOf(disclosures);
        claims = Map.copyOf(claims);
        x5c = List.copyOf(x5c);
    }

    /**
     * A credential the wallet verified when it received it and kept on disk: its claims are read
     * again from the issuer-signed JWT and the disclosures (authlete decodes them).
     */
    public static StoredCredential restore(String sdJwt, ECKey holderKey) {
        SDJWT parsed = SDJWT.parse(sdJwt);
        SignedJWT jwt = CredentialVerifier.parseJwt(parsed.getCredentialJwt());
        Map<String, Object> claims =
                new com.authlete.sd.SDObjectDecoder().decode(CredentialVerifier.payload(jwt), parsed.getDisclosures());
        List<X509Certificate> chain = new java.util.ArrayList<>();
        if (jwt.getHeader().getX509CertChain() != null) {
            jwt.getHeader()
                    .getX509CertChain()
                    .forEach(encoded -> chain.add(com.nimbusds.jose.util.X509CertUtils.parse(encoded.decode())));
        }
        return new StoredCredential(sdJwt, holderKey, jwt, parsed.getDisclosures(), claims, chain);
    }

    public SDJWT parsed() {
        return SDJWT.parse(sdJwt);
    }

    /** The {@code status.status_list} reference: {@code idx} and {@code uri}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> statusListReference() {
        Map<String, Object> status = (Map<String, Object>) claims.get("status");
        if (status == null || !(status.get("status_list") instanceof Map<?, ?>)) {
            throw new WalletException("the credential carries no status_list reference");
        }
        return (Map<String, Object>) status.get("status_list");
    }

    @Override
    public String toString() {
        return "StoredCredential[vct=" + claims.get("vct") + ", holder=" + holderKey.getKeyID() + "]";
    }
}
