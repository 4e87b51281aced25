package vn.hocvuso.auth.release;

import java.util.List;
import java.util.Set;
import vn.hocvuso.auth.client.RelyingParty;

/**
 * What a client receives for a set of scopes, as a consent or account page lists it: the claims
 * about the citizen ({@link IdentityClaims#releasedClaimNames}) and the permissions (the scopes
 * that are not about identity).
 *
 * @param claims claim names, each shown through the message {@code claim.<name>}
 * @param permissions scope names, each shown through the message {@code scope.<name>}
 */
public record ReleaseSummary(List<String> claims, List<String> permissions) {

    private static final Set<String> IDENTITY_SCOPES =
            Set.of("openid", "profile", "address", "email", "phone", "national_id");

    public static ReleaseSummary of(RelyingParty client, Set<String> scopes) {
        List<String> permissions = scopes.stream()
                .filter(scope -> !IDENTITY_SCOPES.contains(scope))
                .sorted()
                .toList();
        return new ReleaseSummary(IdentityClaims.releasedClaimNames(client, scopes), permissions);
    }
}
