package vn.hocvuso.credential.verification;

import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Decides whether a JWT (a credential, a status list) was signed by its issuer, as SD-JWT VC §3.5
 * allows a verifier to establish it: an {@code x5c} chain validated by PKIX to one of the
 * configured trust anchors whose leaf names the issuer's host, or, for allow-listed issuers only,
 * a key of the issuer's {@code /.well-known/jwt-vc-issuer}. Nothing else is trusted.
 *
 * <p>A chain that validated is remembered (by its exact bytes) so that the next presentation of a
 * credential of the same issuer costs one signature check, not a path validation; the dates are
 * checked every time.
 */
@Component
public class IssuerTrust {

    private static final int CHAIN_CACHE_SIZE = 1024;

    private final TrustAnchors anchors;
    private final JwtVcIssuerKeys issuerKeys;
    private final Map<String, X509Certificate> validatedLeaves = new ConcurrentHashMap<>();

    /** How the signature was tied to the issuer. */
    public record Trusted(String reason, String detail) {}

    IssuerTrust(TrustAnchors anchors, JwtVcIssuerKeys issuerKeys) {
        this.anchors = anchors;
        this.issuerKeys = issuerKeys;
    }

    /** Verifies that {@code issuer} signed {@code jwt}; {@link CheckFailure} with the reason otherwise. */
    public Trusted verify(SignedJWT jwt, String issuer, Instant now) {
        Algorithms.requireAllowed(jwt, "algorithm_not_allowed", "the JWT");
        String host = host(issuer);
        List<Base64> x5c = jwt.getHeader().getX509CertChain();
        CheckFailure chainFailure = null;
        if (x5c != null && !x5c.isEmpty()) {
            try {
                X509Certificate leaf = validatedLeaf(x5c, now);
                if (!namesHost(leaf, host)) {
                    throw new CheckFailure(
                            "untrusted_issuer", "the x5c certificate does not name the issuer's host " + host);
                }
                if (!Algorithms.verifies(jwt, leaf.getPublicKey())) {
                    throw new CheckFailure("bad_signature", "the signature does not verify with the x5c certificate");
                }
                return new Trusted(
                        "x5c_chain",
                        "signed by a key certified for " + host + " by "
                                + anchorOf(x5c).getSubjectX500Principal().getName());
            } catch (CheckFailure failure) {
                chainFailure = failure;
            }
        }
        if (issuerKeys.isTrusted(issuer)) {
            if (!Algorithms.p256(issuerKeys.key(issuer, jwt.getHeader().getKeyID()))
                    .filter(key -> Algorithms.verifies(jwt, key))
                    .isPresent()) {
                throw new CheckFailure(
                        "bad_signature", "the signature does not verify with the issuer's published key");
            }
            return new Trusted(
                    "issuer_keys",
                    "signed by a key that the allow-listed issuer publishes at " + JwtVcIssuerKeys.metadataUri(issuer));
        }
        if (chainFailure != null) {
            throw chainFailure;
        }
        throw new CheckFailure(
                "untrusted_issuer", "the issuer " + issuer + " is not allow-listed and the JWT carries no x5c chain");
    }

    private X509Certificate validatedLeaf(List<Base64> x5c, Instant now) {
        String key = x5c.stream().map(Base64::toString).collect(Collectors.joining("."));
        List<X509Certificate> chain = parse(x5c);
        for (X509Certificate certificate : chain) {
            try {
                certificate.checkValidity(Date.from(now));
            } catch (GeneralSecurityException e) {
                throw new CheckFailure(
                        "untrusted_issuer", "a certificate of the x5c chain is expired or not yet valid");
            }
        }
        X509Certificate leaf = validatedLeaves.get(key);
        if (leaf != null) {
            return leaf;
        }
        validate(chain, now);
        if (validatedLeaves.size() >= CHAIN_CACHE_SIZE) {
            validatedLeaves.clear();
        }
        validatedLeaves.put(key, chain.get(0));
        return chain.get(0);
    }

    private static List<X509Certificate> parse(List<Base64> x5c) {
        if (x5c.size() > 5) {
            throw new CheckFailure("untrusted_issuer", "the x5c chain is longer than 5 certificates");
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Base64 encoded : x5c) {
            X509Certificate certificate = X509CertUtils.parse(encoded.decode());
            if (certificate == null) {
                throw new CheckFailure("untrusted_issuer", "the x5c header holds a certificate that does not parse");
            }
            chain.add(certificate);
        }
        return chain;
    }

    /** RFC 5280 §6 with the JDK's PKIX validator; our roots publish no CRL (credentials use status lists). */
    private void validate(List<X509Certificate> chain, Instant now) {
        if (anchors.roots().isEmpty()) {
            throw new CheckFailure("untrusted_issuer", "no trust anchor is configured for x5c chains");
        }
        List<X509Certificate> path =
                chain.stream().filter(c -> !anchors.roots().contains(c)).toList();
        if (path.isEmpty()) {
            throw new CheckFailure("untrusted_issuer", "the x5c chain holds only a root certificate");
        }
        try {
            Set<TrustAnchor> trust = anchors.roots().stream()
                    .map(root -> new TrustAnchor(root, null))
                    .collect(Collectors.toSet());
            PKIXParameters parameters = new PKIXParameters(trust);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(now));
            CertPathValidator.getInstance("PKIX")
                    .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CheckFailure(
                    "untrusted_issuer", "the x5c chain does not lead to a trust anchor of this verifier");
        }
        X509Certificate leaf = chain.get(0);
        boolean[] usage = leaf.getKeyUsage();
        if (leaf.getBasicConstraints() >= 0 || (usage != null && !usage[0])) {
            throw new CheckFailure("untrusted_issuer", "the x5c leaf is not a signing certificate");
        }
    }

    private X509Certificate anchorOf(List<Base64> x5c) {
        List<X509Certificate> chain = parse(x5c);
        X509Certificate last = chain.get(chain.size() - 1);
        return anchors.roots().stream()
                .filter(root ->
                        root.equals(last) || root.getSubjectX500Principal().equals(last.getIssuerX500Principal()))
                .findFirst()
                .orElse(last);
    }

    /** SD-JWT VC §3.5: the leaf must name the host of {@code iss} as a DNS (or IP address) subject alternative name. */
    static boolean namesHost(X509Certificate leaf, String host) {
        try {
            Collection<List<?>> names = leaf.getSubjectAlternativeNames();
            return names != null
                    && names.stream()
                            .filter(name -> name.size() == 2)
                            .filter(name -> Integer.valueOf(2).equals(name.get(0))
                                    || Integer.valueOf(7).equals(name.get(0)))
                            .anyMatch(name -> host.equalsIgnoreCase(String.valueOf(name.get(1))));
        } catch (CertificateParsingException e) {
            return false;
        }
    }

    static String host(String issuer) {
        try {
            URI uri = new URI(issuer);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new CheckFailure("untrusted_issuer", "the issuer identifier is not an http(s) URL");
            }
            return uri.getHost();
        } catch (java.net.URISyntaxException e) {
            throw new CheckFailure("untrusted_issuer", "the issuer identifier is not a URL");
        }
    }
}
