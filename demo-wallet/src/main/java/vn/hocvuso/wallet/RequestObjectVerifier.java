package vn.hocvuso.wallet;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fetches and verifies an OpenID4VP 1.0 request passed by reference (§5.10, RFC 9101 §5.2) whose
 * Client Identifier has the {@code x509_san_dns} prefix (§5.9.3): the request object must be a JWT
 * of type {@code oauth-authz-req+jwt}, signed ES256 by the leaf of its {@code x5c} chain, the chain
 * must lead to one of the wallet's trusted roots, the leaf must name the DNS name of the Client
 * Identifier, and the {@code response_uri} must be on that host. A {@code direct_post.jwt} request
 * must give the key to encrypt the response to (§8.3).
 */
final class RequestObjectVerifier {

    static final JOSEObjectType REQUEST_OBJECT = new JOSEObjectType("oauth-authz-req+jwt");
    static final String X509_SAN_DNS = "x509_san_dns:";

    private final Http http;
    private final List<X509Certificate> trustedRoots;

    RequestObjectVerifier(Http http, List<X509Certificate> trustedRoots) {
        this.http = http;
        this.trustedRoots = List.copyOf(trustedRoots);
    }

    /** Resolves an {@code openid4vp://} link (or any URI with the same query). */
    PresentationRequest resolve(String link, Instant now) {
        Map<String, String> query = CredentialOffer.query(link);
        String clientId = query.get("client_id");
        String requestUri = query.get("request_uri");
        if (clientId == null || requestUri == null) {
            throw new WalletException("the request link needs client_id and request_uri");
        }
        String method = query.getOrDefault("request_uri_method", "get");
        if (!"get".equals(method)) {
            throw new WalletException("this wallet fetches request objects with GET only, not " + method);
        }
        if (!clientId.startsWith(X509_SAN_DNS)) {
            throw new WalletException("this wallet accepts only x509_san_dns Client Identifiers, not " + clientId);
        }
        String dnsName = clientId.substring(X509_SAN_DNS.length());
        String jwt = http.get(requestUri, "application/oauth-authz-req+jwt")
                .requireSuccess("request object")
                .body()
                .strip();
        SignedJWT requestObject = CredentialVerifier.parseJwt(jwt);
        verifySignature(requestObject, dnsName, now);
        return read(CredentialVerifier.payload(requestObject), clientId, dnsName, now);
    }

    private void verifySignature(SignedJWT jwt, String dnsName, Instant now) {
        if (!REQUEST_OBJECT.equals(jwt.getHeader().getType())) {
            throw new WalletException("the request object's typ is not oauth-authz-req+jwt");
        }
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
            throw new WalletException(
                    "the request object is signed with " + jwt.getHeader().getAlgorithm());
        }
        List<Base64> x5c = jwt.getHeader().getX509CertChain();
        if (x5c == null || x5c.isEmpty()) {
            throw new WalletException("the request object carries no x5c chain");
        }
        if (trustedRoots.isEmpty()) {
            throw new WalletException("the wallet trusts no root, so it cannot check the verifier's certificate");
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Base64 encoded : x5c) {
            X509Certificate certificate = X509CertUtils.parse(encoded.decode());
            if (certificate == null) {
                throw new WalletException("the request object's x5c holds a certificate that does not parse");
            }
            chain.add(certificate);
        }
        try {
            List<X509Certificate> path =
                    chain.stream().filter(c -> !trustedRoots.contains(c)).toList();
            Set<TrustAnchor> anchors = trustedRoots.stream()
                    .map(root -> new TrustAnchor(root, null))
                    .collect(Collectors.toSet());
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(now));
            CertPathValidator.getInstance("PKIX")
                    .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
        } catch (GeneralSecurityException e) {
            throw new WalletException(
                    "the verifier's certificate does not lead to a trusted root: " + e.getMessage(), e);
        }
        X509Certificate leaf = chain.get(0);
        if (!namesDns(leaf, dnsName)) {
            throw new WalletException("the verifier's certificate does not name " + dnsName);
        }
        try {
            CredentialVerifier.requireSignature(
                    jwt, new ECDSAVerifier((ECPublicKey) leaf.getPublicKey()), "the verifier's certificate");
        } catch (JOSEException | ClassCastException e) {
            throw new WalletException("the verifier's certificate holds no P-256 key", e);
        }
    }

    private static PresentationRequest read(Map<String, Object> claims, String clientId, String dnsName, Instant now) {
        if (!clientId.equals(claims.get("client_id"))) {
            throw new WalletException("the request object's client_id differs from the link's");
        }
        if (!"vp_token".equals(claims.get("response_type"))) {
            throw new WalletException("the request asks for response_type " + claims.get("response_type"));
        }
        Object responseMode = claims.get("response_mode");
        if (!"direct_post".equals(responseMode) && !"direct_post.jwt".equals(responseMode)) {
            throw new WalletException(
                    "this wallet answers only with direct_post or direct_post.jwt, not " + responseMode);
        }
        if (claims.get("exp") instanceof Number exp
                && !Instant.ofEpochSecond(exp.longValue()).isAfter(now)) {
            throw new WalletException("the request object has expired");
        }
        if (!(claims.get("response_uri") instanceof String responseUri)
                || !dnsName.equalsIgnoreCase(URI.create(responseUri).getHost())) {
            // §5.9.3: without other trust in the verifier, its response_uri must be on the certified host.
            throw new WalletException("the response_uri is not on the verifier's host " + dnsName);
        }
        if (!(claims.get("nonce") instanceof String nonce) || nonce.isBlank()) {
            throw new WalletException("the request has no nonce");
        }
        if (!(claims.get("dcql_query") instanceof Map<?, ?> dcql)) {
            throw new WalletException("the request has no dcql_query");
        }
        Optional<String> name = Optional.empty();
        Map<?, ?> metadata = claims.get("client_metadata") instanceof Map<?, ?> map ? map : Map.of();
        if (metadata.get("client_name") instanceof String clientName) {
            name = Optional.of(clientName);
        }
        Optional<ECKey> responseKey = Optional.empty();
        Optional<String> encryption = Optional.empty();
        if ("direct_post.jwt".equals(responseMode)) {
            responseKey = Optional.of(responseKey(metadata));
            encryption = Optional.of(encryptionMethod(metadata));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> query = (Map<String, Object>) dcql;
        return new PresentationRequest(
                clientId,
                name,
                responseUri,
                nonce,
                Optional.ofNullable((String) claims.get("state")),
                query,
                (String) responseMode,
                responseKey,
                encryption);
    }

    /** §8.3: the verifier's encryption key from {@code client_metadata.jwks}: a public P-256 key for ECDH-ES. */
    private static ECKey responseKey(Map<?, ?> metadata) {
        try {
            if (!(metadata.get("jwks") instanceof Map<?, ?> jwks)) {
                throw new WalletException("a direct_post.jwt request needs client_metadata.jwks");
            }
            @SuppressWarnings("unchecked")
            JWKSet keys = JWKSet.parse((Map<String, Object>) jwks);
            return keys.getKeys().stream()
                    .filter(key -> key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve()) && !key.isPrivate())
                    .filter(key -> key.getKeyUse() == null || KeyUse.ENCRYPTION.equals(key.getKeyUse()))
                    .map(key -> (ECKey) key)
                    .findFirst()
                    .orElseThrow(() -> new WalletException("client_metadata.jwks has no public P-256 encryption key"));
        } catch (java.text.ParseException e) {
            throw new WalletException("client_metadata.jwks does not parse", e);
        }
    }

    /** The first content encryption the verifier accepts that this wallet supports; A128GCM by default (§11.1). */
    private static String encryptionMethod(Map<?, ?> metadata) {
        List<?> accepted = metadata.get("encrypted_response_enc_values_supported") instanceof List<?> list
                ? list
                : List.of("A128GCM");
        return accepted.stream()
                .filter(method -> "A128GCM".equals(method) || "A256GCM".equals(method))
                .map(String::valueOf)
                .findFirst()
                .orElseThrow(
                        () -> new WalletException("the verifier accepts no content encryption this wallet supports"));
    }

    private static boolean namesDns(X509Certificate leaf, String dnsName) {
        try {
            Collection<List<?>> names = leaf.getSubjectAlternativeNames();
            return names != null
                    && names.stream()
                            .anyMatch(name -> Integer.valueOf(2).equals(name.get(0))
                                    && dnsName.equalsIgnoreCase(String.valueOf(name.get(1))));
        } catch (java.security.cert.CertificateParsingException e) {
            return false;
        }
    }
}
