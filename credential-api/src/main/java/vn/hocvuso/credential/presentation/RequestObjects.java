package vn.hocvuso.credential.presentation;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.issuer.IssuerUrls;
import vn.hocvuso.credential.verification.Algorithms;

/**
 * Signs the Request Object of a presentation request (OID4VP 1.0 §5; JAR, RFC 9101): {@code typ
 * oauth-authz-req+jwt}, ES256 by the verifier key whose certificate, in {@code x5c}, names the DNS
 * name of the {@code x509_san_dns} Client Identifier (§5.9.3).
 */
@Component
public class RequestObjects {

    /** RFC 9101 §10.8. */
    public static final JOSEObjectType TYPE = new JOSEObjectType("oauth-authz-req+jwt");

    /** §5.8: the audience of a signed request object when the wallet's metadata is not known. */
    static final String STATIC_AUDIENCE = "https://self-issued.me/v2";

    private final VerifierIdentity identity;
    private final VerifierSigningKey key;
    private final IssuerUrls urls;

    public RequestObjects(VerifierIdentity identity, VerifierSigningKey key, IssuerUrls urls) {
        this.identity = identity;
        this.key = key;
        this.urls = urls;
    }

    /** The signed request object; {@code responseKey} is the public key a direct_post.jwt response is encrypted to. */
    public String sign(PresentationRequest request, Instant issuedAt, java.util.Optional<ECKey> responseKey) {
        VerifierSigningKey.Signing signing = key.current();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(TYPE)
                .keyID(signing.kid())
                .x509CertChain(signing.x5c())
                .build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .audience(STATIC_AUDIENCE)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(request.expiresAt()))
                .claim("client_id", identity.clientId())
                .claim("response_type", "vp_token")
                .claim("response_mode", request.responseMode())
                .claim("response_uri", identity.responseUri())
                .claim("nonce", request.nonce())
                .claim("state", request.state())
                .claim("dcql_query", DcqlQueries.query(urls.vct(), request.claims()))
                .claim("client_metadata", clientMetadata(responseKey))
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signing.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the request object with the verifier key", e);
        }
        return jwt.serialize();
    }

    /** §5.1, §11.1: the formats and algorithms this verifier accepts, from the one allow-list. */
    private Map<String, Object> clientMetadata(java.util.Optional<ECKey> responseKey) {
        Map<String, Object> sdJwt = new LinkedHashMap<>();
        sdJwt.put("sd-jwt_alg_values", Algorithms.names());
        sdJwt.put("kb-jwt_alg_values", Algorithms.names());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("client_name", identity.name());
        metadata.put("vp_formats_supported", Map.of("dc+sd-jwt", sdJwt));
        // §8.3, §11.1: the key to encrypt the response to, and the content encryptions accepted.
        responseKey.ifPresent(key -> {
            metadata.put("jwks", Map.of("keys", List.of(key.toPublicJWK().toJSONObject())));
            metadata.put(
                    "encrypted_response_enc_values_supported",
                    ResponseEncryption.ENCRYPTION_METHODS.stream()
                            .map(EncryptionMethod::getName)
                            .toList());
        });
        return metadata;
    }

    static List<String> algorithms() {
        return Algorithms.names();
    }
}
