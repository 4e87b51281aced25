package vn.hocvuso.auth.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.hocvuso.auth.account.CitizenAccount;
import vn.hocvuso.auth.account.CitizenProfile;
import vn.hocvuso.auth.client.RelyingParty;
import vn.hocvuso.auth.subject.PairwiseSubjects;

/**
 * What a relying party learns about a citizen: one rule for ID tokens, userinfo and the consent
 * page, so that the page lists exactly what the client then receives.
 *
 * <ul>
 *   <li>{@code sub}: the pairwise subject of the client's sector (OIDC Core §8.1);
 *   <li>{@code profile} → {@code name}, {@code given_name}, {@code family_name}, {@code birthdate},
 *       {@code gender};
 *   <li>{@code address} → {@code address} (province of residence);
 *   <li>{@code email} → {@code email}, {@code email_verified};
 *   <li>{@code phone} → {@code phone_number}, {@code phone_number_verified};
 *   <li>{@code national_id} → {@code national_id}, only for a client entitled to it;
 *   <li>with {@code openid}: {@code acr}, {@code amr}, {@code auth_time} of the upstream login
 *       (added from the login, not from the account).
 * </ul>
 */
public final class IdentityClaims {

    public static final String NATIONAL_ID = "national_id";
    static final List<String> PROFILE_CLAIMS = List.of("name", "given_name", "family_name", "birthdate", "gender");
    static final List<String> EMAIL_CLAIMS = List.of("email", "email_verified");
    static final List<String> PHONE_CLAIMS = List.of("phone_number", "phone_number_verified");
    static final List<String> LOGIN_CLAIMS = List.of("acr", "amr", "auth_time");

    /** The scope that carries each claim about the citizen (OIDC Core §5.4, plus {@code national_id}). */
    public static Optional<String> scopeOf(String claim) {
        if (PROFILE_CLAIMS.contains(claim)) {
            return Optional.of("profile");
        }
        if (EMAIL_CLAIMS.contains(claim)) {
            return Optional.of("email");
        }
        if (PHONE_CLAIMS.contains(claim)) {
            return Optional.of("phone");
        }
        if ("address".equals(claim) || NATIONAL_ID.equals(claim)) {
            return Optional.of(claim);
        }
        return Optional.empty();
    }

    private final PairwiseSubjects subjects;

    public IdentityClaims(PairwiseSubjects subjects) {
        this.subjects = subjects;
    }

    /** The names of the claims a client gets for these scopes, in the order a person reads them. */
    public static List<String> releasedClaimNames(RelyingParty client, Set<String> scopes) {
        List<String> names = new ArrayList<>();
        if (!scopes.contains("openid")) {
            return names;
        }
        names.add("sub");
        if (scopes.contains("profile")) {
            names.addAll(PROFILE_CLAIMS);
        }
        if (scopes.contains("address")) {
            names.add("address");
        }
        if (scopes.contains("email")) {
            names.addAll(EMAIL_CLAIMS);
        }
        if (scopes.contains("phone")) {
            names.addAll(PHONE_CLAIMS);
        }
        if (releasesNationalId(client, scopes)) {
            names.add(NATIONAL_ID);
        }
        names.addAll(LOGIN_CLAIMS);
        return names;
    }

    /** The national ID number goes only to an entitled client that asked for it. */
    public static boolean releasesNationalId(RelyingParty client, Set<String> scopes) {
        return client.entitledToNationalId() && scopes.contains(NATIONAL_ID);
    }

    /** The account's claims for this client and scopes (without the login claims). */
    public Map<String, Object> release(CitizenAccount account, RelyingParty client, Set<String> scopes) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subjects.subject(client.requireSector(), account.id()));
        CitizenProfile profile = account.profile();
        if (scopes.contains("profile")) {
            profile.name().ifPresent(value -> claims.put("name", value));
            profile.givenName().ifPresent(value -> claims.put("given_name", value));
            profile.familyName().ifPresent(value -> claims.put("family_name", value));
            profile.birthdate().ifPresent(value -> claims.put("birthdate", value));
            profile.gender().ifPresent(value -> claims.put("gender", value));
        }
        if (scopes.contains("address")) {
            profile.residence().ifPresent(residence -> {
                Map<String, Object> address = new LinkedHashMap<>();
                putIfPresent(address, "region", residence.region());
                putIfPresent(address, "country", residence.country());
                putIfPresent(address, "province_code", residence.provinceCode());
                claims.put("address", address);
            });
        }
        if (scopes.contains("email")) {
            profile.email().ifPresent(value -> {
                claims.put("email", value);
                claims.put("email_verified", true);
            });
        }
        if (scopes.contains("phone")) {
            profile.phoneNumber().ifPresent(value -> {
                claims.put("phone_number", value);
                claims.put("phone_number_verified", true);
            });
        }
        if (releasesNationalId(client, scopes)) {
            claims.put(NATIONAL_ID, profile.nationalId());
        }
        return claims;
    }

    private static void putIfPresent(Map<String, Object> map, String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
