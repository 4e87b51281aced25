package vn.hocvuso.credential.presentation;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

/**
 * Encrypted responses, {@code direct_post.jwt} (OID4VP 1.0 §8.3): the wallet encrypts the response
 * parameters to the request's ephemeral P-256 key with ECDH-ES and A128GCM or A256GCM (Nimbus).
 * Only these algorithms are accepted; the JWE must name the key by {@code kid}.
 */
final class ResponseEncryption {

    static final JWEAlgorithm ALGORITHM = JWEAlgorithm.ECDH_ES;
    static final List<EncryptionMethod> ENCRYPTION_METHODS =
            List.of(EncryptionMethod.A128GCM, EncryptionMethod.A256GCM);

    /** A JWE response before decryption: parsed, its algorithms allowed, its key named. */
    record Envelope(JWEObject jwe, String kid) {}

    /** The decrypted response parameters. */
    record Decrypted(String state, String vpToken) {}

    private ResponseEncryption() {}

    static ECKey newKey() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.ENCRYPTION)
                    .algorithm(ALGORITHM)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a response encryption key", e);
        }
    }

    static Envelope envelope(String response) {
        if (response == null || response.isBlank()) {
            throw new ResponseRefused("invalid_request", "response is missing");
        }
        JWEObject jwe;
        try {
            jwe = JWEObject.parse(response);
        } catch (ParseException | RuntimeException e) {
            throw new ResponseRefused("invalid_request", "response is not a JWE");
        }
        if (!ALGORITHM.equals(jwe.getHeader().getAlgorithm())
                || !ENCRYPTION_METHODS.contains(jwe.getHeader().getEncryptionMethod())) {
            throw new ResponseRefused(
                    "invalid_request", "the response must be encrypted with ECDH-ES and A128GCM or A256GCM");
        }
        if (jwe.getHeader().getKeyID() == null) {
            throw new ResponseRefused("invalid_request", "the encrypted response does not name its key (kid)");
        }
        return new Envelope(jwe, jwe.getHeader().getKeyID());
    }

    static Decrypted decrypt(Envelope envelope, ECKey key) {
        Map<String, Object> payload;
        try {
            envelope.jwe().decrypt(new ECDHDecrypter(key));
            payload = envelope.jwe().getPayload().toJSONObject();
        } catch (JOSEException | RuntimeException e) {
            throw new ResponseRefused("invalid_request", "the response cannot be decrypted with the request's key");
        }
        if (payload == null || !(payload.get("state") instanceof String state)) {
            throw new ResponseRefused("invalid_request", "the encrypted response has no state");
        }
        Object vpToken = payload.get("vp_token");
        if (vpToken instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> json = (Map<String, Object>) map;
            return new Decrypted(state, JSONObjectUtils.toJSONString(json));
        }
        if (vpToken instanceof String text) {
            return new Decrypted(state, text);
        }
        throw new ResponseRefused("invalid_request", "the encrypted response has no vp_token");
    }
}
