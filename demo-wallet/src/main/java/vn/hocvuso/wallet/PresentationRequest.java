package vn.hocvuso.wallet;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An OpenID4VP 1.0 authorization request after the wallet fetched and verified its signed request
 * object: who asks, where to answer, and the DCQL query.
 *
 * @param clientId the verifier's Client Identifier, {@code x509_san_dns:<dns name>}
 * @param clientName the name the verifier gives itself in {@code client_metadata}, if any
 * @param responseUri where the {@code direct_post} response goes
 * @param nonce the nonce the key-binding JWT must carry
 * @param state the state to send back
 * @param dcqlQuery the DCQL query (OID4VP 1.0 §6)
 * @param responseMode {@code direct_post}, or {@code direct_post.jwt} (§8.3)
 * @param responseKey for {@code direct_post.jwt}: the verifier's key to encrypt the response to
 * @param encryptionMethod for {@code direct_post.jwt}: the content encryption to use
 */
public record PresentationRequest(
        String clientId,
        Optional<String> clientName,
        String responseUri,
        String nonce,
        Optional<String> state,
        Map<String, Object> dcqlQuery,
        String responseMode,
        Optional<com.nimbusds.jose.jwk.ECKey> responseKey,
        Optional<String> encryptionMethod) {

    public PresentationRequest {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(responseUri, "responseUri");
        Objects.requireNonNull(nonce, "nonce");
        dcqlQuery = Map.copyOf(dcqlQuery);
        Objects.requireNonNull(responseMode, "responseMode");
        Objects.requireNonNull(responseKey, "responseKey");
        Objects.requireNonNull(encryptionMethod, "encryptionMethod");
    }

    /** Whether the response must be encrypted (§8.3). */
    public boolean encryptedResponse() {
        return "direct_post.jwt".equals(responseMode);
    }

    /** The credential queries of the DCQL query. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> credentialQueries() {
        Object credentials = dcqlQuery.get("credentials");
        if (!(credentials instanceof List<?> list) || list.isEmpty()) {
            throw new WalletException("the DCQL query has no credentials");
        }
        return (List<Map<String, Object>>) list;
    }
}
