package vn.hocvuso.credential.issuance;

import com.nimbusds.jose.CompressionAlgorithm;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Credential Response encryption (OID4VCI 1.0 §8.2, §10): the wallet's {@code
 * credential_response_encryption} object, checked before anything is issued, and the response
 * encrypted to its key as a compact JWE ({@code application/jwt}) with Nimbus: ECDH-ES with the
 * wallet's EC key, A128GCM or A256GCM, optionally DEFLATE-compressed first.
 *
 * @param key the wallet's public key
 * @param enc the content encryption the wallet asked for
 * @param compress whether the wallet asked for {@code zip: DEF}
 */
public record CredentialResponseEncryption(ECKey key, EncryptionMethod enc, boolean compress) {

    public static final List<JWEAlgorithm> ALGORITHMS = List.of(JWEAlgorithm.ECDH_ES);
    public static final List<EncryptionMethod> ENCRYPTION_METHODS =
            List.of(EncryptionMethod.A128GCM, EncryptionMethod.A256GCM);
    public static final List<CompressionAlgorithm> COMPRESSION = List.of(CompressionAlgorithm.DEF);
    private static final List<Curve> CURVES = List.of(Curve.P_256, Curve.P_384, Curve.P_521);

    /** The issuer metadata entry (§12.2.4); encryption stays optional for the wallet. */
    public static Map<String, Object> metadata() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(
                "alg_values_supported",
                ALGORITHMS.stream().map(JWEAlgorithm::getName).toList());
        metadata.put(
                "enc_values_supported",
                ENCRYPTION_METHODS.stream().map(EncryptionMethod::getName).toList());
        metadata.put(
                "zip_values_supported",
                COMPRESSION.stream().map(CompressionAlgorithm::getName).toList());
        metadata.put("encryption_required", false);
        return metadata;
    }

    /** The request's parameter, when present; any defect is {@code invalid_encryption_parameters}. */
    static Optional<CredentialResponseEncryption> parse(Object parameter) {
        if (parameter == null) {
            return Optional.empty();
        }
        if (!(parameter instanceof Map<?, ?> object)) {
            throw refused("credential_response_encryption must be an object");
        }
        if (!(object.get("jwk") instanceof Map<?, ?> jwkObject)) {
            throw refused("credential_response_encryption.jwk must be a JWK object");
        }
        JWK jwk;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> json = (Map<String, Object>) jwkObject;
            jwk = JWK.parse(json);
        } catch (java.text.ParseException | RuntimeException e) {
            throw refused("credential_response_encryption.jwk is not a valid JWK");
        }
        if (!(jwk instanceof ECKey ec) || !CURVES.contains(ec.getCurve())) {
            throw refused("the jwk must be an EC key on P-256, P-384 or P-521");
        }
        if (jwk.isPrivate()) {
            throw refused("the jwk must be a public key");
        }
        if (jwk.getKeyUse() != null && !KeyUse.ENCRYPTION.equals(jwk.getKeyUse())) {
            throw refused("the jwk is not an encryption key (use)");
        }
        if (jwk.getAlgorithm() == null
                || !ALGORITHMS.contains(JWEAlgorithm.parse(jwk.getAlgorithm().getName()))) {
            throw refused("the jwk must name its alg, one of alg_values_supported: ECDH-ES");
        }
        if (!(object.get("enc") instanceof String enc)) {
            throw refused("credential_response_encryption.enc is missing");
        }
        EncryptionMethod method = EncryptionMethod.parse(enc);
        if (!ENCRYPTION_METHODS.contains(method)) {
            throw refused("enc " + ascii(enc) + " is not supported; use A128GCM or A256GCM");
        }
        Object zip = object.get("zip");
        if (zip != null && !(zip instanceof String name && COMPRESSION.contains(new CompressionAlgorithm(name)))) {
            throw refused("zip must be DEF when present");
        }
        CredentialResponseEncryption encryption = new CredentialResponseEncryption(ec, method, zip != null);
        encryption.encrypter();
        return Optional.of(encryption);
    }

    /** The response as a compact JWE to the wallet's key (§10): {@code kid} repeated when the key has one. */
    public String encrypt(Map<String, Object> response) {
        JWEHeader.Builder header = new JWEHeader.Builder(JWEAlgorithm.ECDH_ES, enc).keyID(key.getKeyID());
        if (compress) {
            header.compressionAlgorithm(CompressionAlgorithm.DEF);
        }
        JWEObject jwe = new JWEObject(header.build(), new Payload(JSONObjectUtils.toJSONString(response)));
        try {
            jwe.encrypt(encrypter());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot encrypt the credential response", e);
        }
        return jwe.serialize();
    }

    private ECDHEncrypter encrypter() {
        try {
            return new ECDHEncrypter(key);
        } catch (JOSEException e) {
            throw refused("the jwk cannot be used for ECDH-ES");
        }
    }

    private static CredentialError refused(String description) {
        return CredentialError.invalidEncryptionParameters(description);
    }

    private static String ascii(String value) {
        String shown = value.length() > 20 ? value.substring(0, 20) : value;
        return shown.replaceAll("[^\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]", "?");
    }
}
