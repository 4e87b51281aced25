package vn.hocvuso.credential.presentation;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.jwk.ECKey;
import java.text.ParseException;
import java.util.Map;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.verification.Verification;
import vn.hocvuso.credential.verification.VerificationJson;
import vn.hocvuso.keys.ServiceKeys;

/**
 * Encrypts what a presentation request keeps that must not be readable in the database: the
 * verification result, which holds the claims the holder disclosed (names, birth date), and the
 * private part of the request's response-encryption key. AES-256-GCM with the app's data key
 * ({@code DataKeys}), as a JWE (Nimbus, {@code dir} + {@code A256GCM}) whose protected header,
 * authenticated with the content, names the request and the purpose, so that a value copied to
 * another row or column does not decrypt there.
 */
@Component
class SealedResults {

    private static final String REQUEST_PARAMETER = "rid";
    private static final String PURPOSE_PARAMETER = "use";
    private static final String RESULT = "result";
    private static final String RESPONSE_KEY = "response-key";

    private final SecretKey key;

    SealedResults(ServiceKeys serviceKeys) {
        this.key = serviceKeys.dataKeys().encryptionKey();
    }

    String seal(String requestId, Verification verification) {
        return seal(requestId, RESULT, VerificationJson.toJson(verification));
    }

    Verification open(String requestId, String sealed) {
        return VerificationJson.fromJson(open(requestId, RESULT, sealed));
    }

    String sealKey(String requestId, ECKey privateKey) {
        return seal(requestId, RESPONSE_KEY, privateKey.toJSONObject());
    }

    ECKey openKey(String requestId, String sealed) {
        try {
            return ECKey.parse(open(requestId, RESPONSE_KEY, sealed));
        } catch (ParseException e) {
            throw new IllegalStateException("a stored response key does not parse", e);
        }
    }

    private String seal(String requestId, String purpose, Map<String, Object> json) {
        JWEHeader header = new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM)
                .customParam(REQUEST_PARAMETER, requestId)
                .customParam(PURPOSE_PARAMETER, purpose)
                .build();
        JWEObject jwe = new JWEObject(header, new Payload(json));
        try {
            jwe.encrypt(new DirectEncrypter(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot encrypt a stored " + purpose, e);
        }
        return jwe.serialize();
    }

    private Map<String, Object> open(String requestId, String purpose, String sealed) {
        try {
            JWEObject jwe = JWEObject.parse(sealed);
            if (!requestId.equals(jwe.getHeader().getCustomParam(REQUEST_PARAMETER))
                    || !purpose.equals(jwe.getHeader().getCustomParam(PURPOSE_PARAMETER))) {
                throw new IllegalStateException("a stored " + purpose + " belongs to another request or column");
            }
            jwe.decrypt(new DirectDecrypter(key));
            return jwe.getPayload().toJSONObject();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("a stored " + purpose + " cannot be decrypted", e);
        }
    }
}
