package vn.hocvuso.wallet;

import com.authlete.sd.Disclosure;
import com.authlete.sd.SDJWT;
import com.authlete.sd.SDObjectDecoder;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an SD-JWT VC the way a holder (or a verifier) must before trusting it: the issuer's
 * signature with the key its {@code /.well-known/jwt-vc-issuer} publishes under the header's
 * {@code kid} (SD-JWT VC §5), and, when a root is trusted, with the leaf of the {@code x5c} chain
 * validated by PKIX to that root and naming the issuer's host; then {@code typ}, {@code iss},
 * {@code exp}, and that every disclosure's digest is in the signed payload.
 */
public final class CredentialVerifier {

    static final JOSEObjectType SD_JWT_VC = new JOSEObjectType("dc+sd-jwt");

    private final Http http;
    private final List<X509Certificate> trustedRoots;

    CredentialVerifier(Http http, List<X509Certificate> trustedRoots) {
        this.http = http;
        this.trustedRoots = List.copyOf(trustedRoots);
    }

    /** A verified credential: the issuer-signed JWT, the disclosures, all claims, and the x5c chain. */
    record Verified(
            SignedJWT jwt, List<Disclosure> disclosures, Map<String, Object> claims, List<X509Certificate> x5c) {}

    Verified verify(String sdJwt, String expectedIssuer, Instant now) {
        SDJWT parsed = SDJWT.parse(sdJwt);
        SignedJWT jwt = parseJwt(parsed.getCredentialJwt());
        if (!SD_JWT_VC.equals(jwt.getHeader().getType())) {
            throw new WalletException(
                    "the credential's typ is " + jwt.getHeader().getType() + ", not dc+sd-jwt");
        }
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
            throw new WalletException(
                    "the credential is signed with " + jwt.getHeader().getAlgorithm());
        }
        Map<String, Object> payload = payload(jwt);
        if (!expectedIssuer.equals(payload.get("iss"))) {
            throw new WalletException("the credential's iss is " + payload.get("iss") + ", not " + expectedIssuer);
        }
        verifyWithIssuerMetadata(jwt, expectedIssuer);
        List<X509Certificate> chain = chain(jwt);
        if (!trustedRoots.isEmpty()) {
            verifyWithChain(jwt, chain, expectedIssuer, now);
        }
        Object exp = payload.get("exp");
        if (!(exp instanceof Number seconds)
                || !Instant.ofEpochSecond(seconds.longValue()).isAfter(now)) {
            throw new WalletException("the credential has no exp or has expired");
        }
        checkDigests(payload, parsed.getDisclosures());
        Map<String, Object> claims = new SDObjectDecoder().decode(payload, parsed.getDisclosures());
        return new Verified(jwt, parsed.getDisclosures(), claims, chain);
    }

    /** The issuer's published keys (SD-JWT VC §5): {@code <issuer>/.well-known/jwt-vc-issuer}. */
    JWKSet issuerKeys(String issuer) {
        URI uri = URI.create(issuer);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String metadataUrl = uri.getScheme() + "://" + uri.getRawAuthority() + "/.well-known/jwt-vc-issuer" + path;
        Map<String, Object> metadata = http.get(metadataUrl, "application/json")
                .requireSuccess("JWT VC issuer metadata")
                .json();
        if (!issuer.equals(metadata.get("issuer"))) {
            throw new WalletException("the JWT VC issuer metadata names " + metadata.get("issuer"));
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> jwks = (Map<String, Object>) metadata.get("jwks");
            return JWKSet.parse(jwks);
        } catch (ParseException | RuntimeException e) {
            throw new WalletException("the JWT VC issuer metadata has no valid jwks", e);
        }
    }

    void verifyWithIssuerMetadata(SignedJWT jwt, String issuer) {
        String kid = jwt.getHeader().getKeyID();
        JWK key = Optional.ofNullable(kid)
                .map(issuerKeys(issuer)::getKeyByKeyId)
                .orElseThrow(() -> new WalletException("the issuer publishes no key with kid " + kid));
        if (key.isPrivate()) {
            throw new WalletException("the issuer publishes a private key");
        }
        try {
            requireSignature(jwt, new ECDSAVerifier(key.toECKey()), "its jwt-vc-issuer key " + kid);
        } catch (JOSEException e) {
            throw new WalletException("the issuer key " + kid + " is not an EC key", e);
        }
    }

    private void verifyWithChain(SignedJWT jwt, List<X509Certificate> chain, String issuer, Instant now) {
        if (chain.isEmpty()) {
            throw new WalletException("the credential carries no x5c chain");
        }
        try {
            List<X509Certificate> path =
                    chain.stream().filter(c -> !trustedRoots.contains(c)).toList();
            Set<TrustAnchor> anchors = new HashSet<>();
            trustedRoots.forEach(root -> anchors.add(new TrustAnchor(root, null)));
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(java.util.Date.from(now));
            CertPathValidator.getInstance("PKIX")
                    .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
            X509Certificate leaf = chain.get(0);
            String host = URI.create(issuer).getHost();
            if (!namesHost(leaf, host)) {
                throw new WalletException("the x5c leaf does not name the issuer host " + host);
            }
            requireSignature(jwt, new ECDSAVerifier((ECPublicKey) leaf.getPublicKey()), "its x5c leaf");
        } catch (java.security.GeneralSecurityException | JOSEException e) {
            throw new WalletException("the x5c chain does not validate to a trusted root: " + e.getMessage(), e);
        }
    }

    private static boolean namesHost(X509Certificate leaf, String host)
            throws java.security.cert.CertificateParsingException {
        Collection<List<?>> names = leaf.getSubjectAlternativeNames();
        return names != null && names.stream().anyMatch(name -> host.equalsIgnoreCase(String.valueOf(name.get(1))));
    }

    static void requireSignature(SignedJWT jwt, JWSVerifier verifier, String what) {
        try {
            if (!jwt.verify(verifier)) {
                throw new WalletException("the signature does not verify with " + what);
            }
        } catch (JOSEException e) {
            throw new WalletException("cannot verify the signature with " + what, e);
        }
    }

    private static List<X509Certificate> chain(SignedJWT jwt) {
        List<Base64> x5c = jwt.getHeader().getX509CertChain();
        if (x5c == null) {
            return List.of();
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Base64 encoded : x5c) {
            X509Certificate certificate = X509CertUtils.parse(encoded.decode());
            if (certificate == null) {
                throw new WalletException("the x5c header holds a certificate that does not parse");
            }
            chain.add(certificate);
        }
        return chain;
    }

    /** RFC 9901 §7.1: every disclosure must be referenced by a digest in the signed payload. */
    private static void checkDigests(Map<String, Object> payload, List<Disclosure> disclosures) {
        Set<String> digests = new HashSet<>();
        collectDigests(payload, digests);
        for (Disclosure disclosure : disclosures) {
            if (!digests.contains(disclosure.digest())) {
                throw new WalletException("a disclosure is not referenced by the signed payload");
            }
        }
        if (!"sha-256".equals(payload.getOrDefault("_sd_alg", "sha-256"))) {
            throw new WalletException("unsupported _sd_alg " + payload.get("_sd_alg"));
        }
    }

    private static void collectDigests(Object node, Set<String> digests) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("_sd".equals(key) && value instanceof List<?> list) {
                    list.forEach(digest -> digests.add(String.valueOf(digest)));
                } else if ("...".equals(key)) {
                    digests.add(String.valueOf(value));
                } else {
                    collectDigests(value, digests);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectDigests(item, digests));
        }
    }

    static SignedJWT parseJwt(String jwt) {
        try {
            return SignedJWT.parse(jwt);
        } catch (ParseException e) {
            throw new WalletException("not a signed JWT", e);
        }
    }

    static Map<String, Object> payload(SignedJWT jwt) {
        return jwt.getPayload().toJSONObject();
    }

    static ECKey requireEc(JWK key) {
        if (!(key instanceof ECKey ec)) {
            throw new WalletException("expected an EC key");
        }
        return ec;
    }
}
