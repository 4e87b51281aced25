package vn.hocvuso.auth.client;

import java.util.Optional;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import vn.hocvuso.auth.federation.AssuranceLevel;

/**
 * What this server needs to know about a client beyond OAuth: which pairwise sector it belongs to,
 * whether it may receive the national ID number and which assurance level it needs. Kept in the
 * registered client's settings, so that it travels with the client in the database.
 */
public record RelyingParty(
        String clientId,
        String name,
        Optional<String> sector,
        boolean entitledToNationalId,
        Optional<AssuranceLevel> requiredLevel,
        Optional<String> inlineJwks) {

    static final String SECTOR = "hocvuso.sector";
    static final String ENTITLED_TO_NATIONAL_ID = "hocvuso.entitled-to-national-id";
    static final String REQUIRED_ACR = "hocvuso.required-acr";
    static final String JWKS = "hocvuso.jwks";
    static final String ID_TOKEN_CLAIMS = "hocvuso.id-token-claims";

    /** Whether the client's ID tokens carry its identity claims too (auth.clients.*.id-token-claims). */
    public static boolean wantsClaimsInIdToken(RegisteredClient client) {
        return Boolean.TRUE.equals(client.getClientSettings().getSetting(ID_TOKEN_CLAIMS));
    }

    public static RelyingParty of(RegisteredClient client) {
        ClientSettings settings = client.getClientSettings();
        Object entitled = settings.getSetting(ENTITLED_TO_NATIONAL_ID);
        return new RelyingParty(
                client.getClientId(),
                client.getClientName(),
                Optional.ofNullable(settings.getSetting(SECTOR)),
                Boolean.TRUE.equals(entitled),
                Optional.ofNullable((String) settings.getSetting(REQUIRED_ACR)).flatMap(AssuranceLevel::of),
                Optional.ofNullable(settings.getSetting(JWKS)));
    }

    /** The sector, for clients that receive identities; a client without one never gets a user token. */
    public String requireSector() {
        return sector.orElseThrow(
                () -> new IllegalStateException("client " + clientId + " has no pairwise sector configured"));
    }
}
