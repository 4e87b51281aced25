package vn.hocvuso.wallet;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.jwk.ECKey;
import java.util.Map;

/** Encrypts a {@code direct_post.jwt} response (OID4VP 1.0 §8.3): ECDH-ES to the verifier's key, with Nimbus. */
final class ResponseEncrypter {

    private ResponseEncrypter() {}

    static String encrypt(Map<String, Object> parameters, PresentationRequest request) {
        ECKey key = request.responseKey()
                .orElseThrow(() -> new WalletException("the request gives no key to encrypt the response to"));
        JWEHeader header = new JWEHeader.Builder(
                        JWEAlgorithm.ECDH_ES,
                        EncryptionMethod.parse(request.encryptionMethod().orElse("A128GCM")))
                .keyID(key.getKeyID())
                .build();
        JWEObject jwe = new JWEObject(header, new Payload(parameters));
        try {
            jwe.encrypt(new ECDHEncrypter(key));
        } catch (JOSEException e) {
            throw new WalletException("cannot encrypt the response to the verifier's key", e);
        }
        return jwe.serialize();
    }
}
