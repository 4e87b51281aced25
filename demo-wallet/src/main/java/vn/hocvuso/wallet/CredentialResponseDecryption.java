package vn.hocvuso.wallet;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wallet's side of Credential Response encryption (OID4VCI 1.0 §8.2, §10): a fresh ECDH-ES key
 * per request, the {@code credential_response_encryption} parameter naming it, and the decryption
 * of the {@code application/jwt} response (Nimbus).
 */
final class CredentialResponseDecryption {

    private final ECKey key;
    private final EncryptionMethod enc;

    private CredentialResponseDecryption(ECKey key, EncryptionMethod enc) {
        this.key = key;
        this.enc = enc;
    }

    static CredentialResponseDecryption fresh(String enc) {
        try {
            return new CredentialResponseDecryption(
                    new ECKeyGenerator(Curve.P_256)
                            .keyUse(KeyUse.ENCRYPTION)
                            .algorithm(JWEAlgorithm.ECDH_ES)
                            .keyIDFromThumbprint(true)
                            .generate(),
                    EncryptionMethod.parse(enc));
        } catch (JOSEException e) {
            throw new WalletException("cannot generate a response encryption key", e);
        }
    }

    /** The request parameter: the public key (with {@code alg}) and {@code enc}. */
    Map<String, Object> parameter() {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("jwk", key.toPublicJWK().toJSONObject());
        parameter.put("enc", enc.getName());
        return parameter;
    }

    /**
     * The request as a JWE to the issuer's first {@code credential_request_encryption} key (§10),
     * with this request's {@code enc}: so that the response key cannot be swapped on the way.
     */
    @SuppressWarnings("unchecked")
    static String encryptRequest(String json, Map<String, Object> requestEncryption, String enc) {
        try {
            Map<String, Object> jwks = (Map<String, Object>) requestEncryption.get("jwks");
            ECKey issuerKey = ECKey.parse((Map<String, Object>) ((java.util.List<Object>) jwks.get("keys")).get(0));
            com.nimbusds.jose.JWEHeader header = new com.nimbusds.jose.JWEHeader.Builder(
                            JWEAlgorithm.ECDH_ES, EncryptionMethod.parse(enc))
                    .keyID(issuerKey.getKeyID())
                    .build();
            JWEObject jwe = new JWEObject(header, new com.nimbusds.jose.Payload(json));
            jwe.encrypt(new com.nimbusds.jose.crypto.ECDHEncrypter(issuerKey));
            return jwe.serialize();
        } catch (ParseException | JOSEException | RuntimeException e) {
            throw new WalletException("cannot encrypt the credential request to the issuer's key", e);
        }
    }

    /** The decrypted response object; the JWE must use the key and algorithms asked for. */
    Map<String, Object> decrypt(String compact) {
        try {
            JWEObject jwe = JWEObject.parse(compact.strip());
            if (!JWEAlgorithm.ECDH_ES.equals(jwe.getHeader().getAlgorithm())
                    || !enc.equals(jwe.getHeader().getEncryptionMethod())
                    || !key.getKeyID().equals(jwe.getHeader().getKeyID())) {
                throw new WalletException("the encrypted response does not use the key and algorithms asked for");
            }
            jwe.decrypt(new ECDHDecrypter(key));
            return jwe.getPayload().toJSONObject();
        } catch (ParseException | JOSEException e) {
            throw new WalletException("the encrypted credential response cannot be decrypted", e);
        }
    }
}
