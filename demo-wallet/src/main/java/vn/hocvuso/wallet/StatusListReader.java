package vn.hocvuso.wallet;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a credential's status from its Token Status List (draft-ietf-oauth-status-list §4, §8):
 * fetches the list token, checks its {@code typ}, {@code sub} and the issuer's signature, inflates
 * {@code lst} and reads the entry at {@code idx}.
 */
public final class StatusListReader {

    static final JOSEObjectType STATUS_LIST = new JOSEObjectType("statuslist+jwt");
    private static final int MAX_BYTES = 16 * 1024 * 1024;

    private final Http http;
    private final CredentialVerifier verifier;

    StatusListReader(Http http, CredentialVerifier verifier) {
        this.http = http;
        this.verifier = verifier;
    }

    /** The status value at the credential's index: 0 valid, 1 invalid, 2 suspended. */
    @SuppressWarnings("unchecked")
    public int statusOf(StoredCredential credential) {
        Map<String, Object> reference = credential.statusListReference();
        String uri = (String) reference.get("uri");
        int index = ((Number) reference.get("idx")).intValue();
        Http.Response response = http.get(uri, "application/statuslist+jwt").requireSuccess("status list");
        String contentType = response.headers().getOrDefault("content-type", "");
        if (!contentType.startsWith("application/statuslist+jwt")) {
            throw new WalletException("the status list is served as " + contentType);
        }
        SignedJWT token = CredentialVerifier.parseJwt(response.body().strip());
        if (!STATUS_LIST.equals(token.getHeader().getType())) {
            throw new WalletException(
                    "the status list token's typ is " + token.getHeader().getType());
        }
        String issuer = (String) credential.claims().get("iss");
        JWK key = verifier.issuerKeys(issuer).getKeyByKeyId(token.getHeader().getKeyID());
        if (key == null) {
            throw new WalletException("the issuer publishes no key for the status list's kid");
        }
        try {
            CredentialVerifier.requireSignature(token, new ECDSAVerifier(key.toECKey()), "the issuer key");
        } catch (JOSEException e) {
            throw new WalletException("the status list key is not an EC key", e);
        }
        Map<String, Object> payload = CredentialVerifier.payload(token);
        if (!uri.equals(payload.get("sub"))) {
            throw new WalletException("the status list token's sub is not its URI");
        }
        Map<String, Object> list = (Map<String, Object>) payload.get("status_list");
        int bits = ((Number) list.get("bits")).intValue();
        byte[] bytes = inflate(new Base64URL((String) list.get("lst")).decode());
        int position = index * bits;
        if (position / 8 >= bytes.length) {
            throw new WalletException("index " + index + " is outside the status list");
        }
        return (bytes[position / 8] >> (position % 8)) & ((1 << bits) - 1);
    }

    private static byte[] inflate(byte[] compressed) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int count = inflater.inflate(buffer);
                if (count == 0 && inflater.needsInput()) {
                    throw new WalletException("the status list is truncated");
                }
                out.write(buffer, 0, count);
                if (out.size() > MAX_BYTES) {
                    throw new WalletException("the status list is too large");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new WalletException("the status list is not ZLIB data", e);
        } finally {
            inflater.end();
        }
    }
}
