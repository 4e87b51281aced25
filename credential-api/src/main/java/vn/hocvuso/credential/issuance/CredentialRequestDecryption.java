package vn.hocvuso.credential.issuance;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.springframework.stereotype.Component;
import vn.hocvuso.keys.secret.DataKeys;

/**
 * Encrypted Credential Requests (OID4VCI 1.0 §8.2, §10), which a wallet sends when it asks for an
 * encrypted response: a compact JWE ({@code application/jwt}) to our P-256 ECDH-ES key, advertised
 * in {@code credential_request_encryption}. The key is derived from the data lookup key (HMAC-SHA256
 * with a label of its own, reduced to a P-256 scalar), so every instance holds the same key and no
 * new secret has to be stored.
 */
@Component
public class CredentialRequestDecryption {

    static final String LABEL = "openid4vci/credential-request-encryption/v1";

    private final ECKey key;

    public CredentialRequestDecryption(DataKeys dataKeys) {
        this.key = derive(dataKeys);
    }

    /** The issuer metadata entry (§12.2.4): our public key, what we decrypt, not required. */
    public Map<String, Object> metadata() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("jwks", Map.of("keys", List.of(key.toPublicJWK().toJSONObject())));
        metadata.put(
                "enc_values_supported",
                CredentialResponseEncryption.ENCRYPTION_METHODS.stream()
                        .map(method -> method.getName())
                        .toList());
        metadata.put(
                "zip_values_supported",
                CredentialResponseEncryption.COMPRESSION.stream()
                        .map(zip -> zip.getName())
                        .toList());
        metadata.put("encryption_required", false);
        return metadata;
    }

    /** The JSON request inside the JWE; a JWE we cannot or may not decrypt is {@code invalid_encryption_parameters}. */
    byte[] decrypt(byte[] body) {
        JWEObject jwe;
        try {
            jwe = JWEObject.parse(new String(body, StandardCharsets.US_ASCII).strip());
        } catch (ParseException | RuntimeException e) {
            throw CredentialError.invalidEncryptionParameters("the application/jwt request is not a compact JWE");
        }
        if (!JWEAlgorithm.ECDH_ES.equals(jwe.getHeader().getAlgorithm())
                || !CredentialResponseEncryption.ENCRYPTION_METHODS.contains(
                        jwe.getHeader().getEncryptionMethod())) {
            throw CredentialError.invalidEncryptionParameters(
                    "encrypt the request with ECDH-ES and one of enc_values_supported");
        }
        if (jwe.getHeader().getKeyID() != null
                && !key.getKeyID().equals(jwe.getHeader().getKeyID())) {
            throw CredentialError.invalidEncryptionParameters("the request is encrypted to a key that is not ours");
        }
        try {
            jwe.decrypt(new ECDHDecrypter(key));
        } catch (JOSEException | RuntimeException e) {
            throw CredentialError.invalidEncryptionParameters("the request cannot be decrypted with our key");
        }
        return jwe.getPayload().toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ECKey derive(DataKeys dataKeys) {
        byte[] seed;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(dataKeys.lookupKey());
            seed = mac.doFinal(LABEL.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the request encryption key", e);
        }
        X9ECParameters curve = ECNamedCurveTable.getByName("P-256");
        BigInteger d = new BigInteger(1, seed)
                .mod(curve.getN().subtract(BigInteger.ONE))
                .add(BigInteger.ONE);
        ECPoint q = curve.getG().multiply(d).normalize();
        int size = Curve.P_256.toECParameterSpec().getCurve().getField().getFieldSize();
        try {
            return new ECKey.Builder(
                            Curve.P_256,
                            ECKey.encodeCoordinate(size, q.getAffineXCoord().toBigInteger()),
                            ECKey.encodeCoordinate(size, q.getAffineYCoord().toBigInteger()))
                    .d(ECKey.encodeCoordinate(size, d))
                    .keyUse(KeyUse.ENCRYPTION)
                    .algorithm(JWEAlgorithm.ECDH_ES)
                    .keyIDFromThumbprint()
                    .build();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot build the request encryption key", e);
        }
    }
}
