package vn.hocvuso.credential.issuance;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Credential Request (OID4VCI 1.0 §8.2) after parsing: which configuration, and the {@code jwt}
 * key proofs. Unknown parameters are ignored, as the specification asks.
 *
 * @param configurationId the {@code credential_configuration_id}
 * @param jwtProofs the entries of {@code proofs.jwt}, in order
 * @param responseEncryption the wallet's {@code credential_response_encryption}, if it asked for one
 */
public record CredentialRequest(
        String configurationId, List<String> jwtProofs, Optional<CredentialResponseEncryption> responseEncryption) {

    public CredentialRequest {
        Objects.requireNonNull(configurationId, "configurationId");
        jwtProofs = List.copyOf(jwtProofs);
        Objects.requireNonNull(responseEncryption, "responseEncryption");
    }

    /** A request that wants its response unencrypted. */
    public CredentialRequest(String configurationId, List<String> jwtProofs) {
        this(configurationId, jwtProofs, Optional.empty());
    }

    /** Parses a JSON body; every defect becomes the error §8.3.1.2 names for it. */
    public static CredentialRequest parse(byte[] body) {
        Map<String, Object> json;
        try {
            json = JSONObjectUtils.parse(new String(body, StandardCharsets.UTF_8));
        } catch (ParseException | RuntimeException e) {
            throw CredentialError.invalidRequest("the body is not a JSON object");
        }
        if (json.containsKey("credential_identifier")) {
            // We issue no credential_identifiers (no authorization_details), so none can be valid.
            throw CredentialError.invalidRequest(
                    "credential_identifier is not supported; use credential_configuration_id");
        }
        if (json.containsKey("proof")) {
            throw CredentialError.invalidRequest("use proofs (OpenID4VCI 1.0), not proof");
        }
        if (!(json.get("credential_configuration_id") instanceof String configurationId) || configurationId.isBlank()) {
            throw CredentialError.invalidRequest("credential_configuration_id is missing");
        }
        List<String> proofs = proofs(json.get("proofs"));
        return new CredentialRequest(
                configurationId,
                proofs,
                CredentialResponseEncryption.parse(json.get("credential_response_encryption")));
    }

    private static List<String> proofs(Object proofs) {
        if (proofs == null) {
            throw CredentialError.invalidProof("the request has no proofs");
        }
        if (!(proofs instanceof Map<?, ?> byType) || byType.size() != 1) {
            throw CredentialError.invalidProof("proofs must hold exactly one proof type");
        }
        if (!(byType.get("jwt") instanceof List<?> list)) {
            throw CredentialError.invalidProof("the only proof type supported is jwt, an array of JWTs");
        }
        if (list.isEmpty()) {
            throw CredentialError.invalidProof("proofs.jwt is empty");
        }
        List<String> jwts = new ArrayList<>(list.size());
        for (Object entry : list) {
            if (!(entry instanceof String jwt)) {
                throw CredentialError.invalidProof("every entry of proofs.jwt must be a JWT string");
            }
            jwts.add(jwt);
        }
        return jwts;
    }
}
