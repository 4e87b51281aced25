package vn.hocvuso.nid.oidc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.hocvuso.nid.citizen.Citizen;
import vn.hocvuso.nid.citizen.CitizenContact;

/**
 * The claims each scope releases, the same in the ID token and at the userinfo endpoint (the contract
 * with our relying parties):
 *
 * <ul>
 *   <li>{@code profile}: {@code name} (family name first), {@code given_name}, {@code family_name},
 *       {@code birthdate} ({@code YYYY-MM-DD}), {@code gender} ({@code male}/{@code female});
 *   <li>{@code address}: {@code address} = {@code {"region", "country": "VN", "province_code"}}, the
 *       province of residence;
 *   <li>{@code email}: {@code email}, {@code email_verified} (always {@code true}: the registry
 *       verified it);
 *   <li>{@code phone}: {@code phone_number} (E.164), {@code phone_number_verified};
 *   <li>{@code national_id}: {@code national_id}, the 12-digit personal identification number.
 * </ul>
 */
public final class CitizenClaims {

    public static final String PROFILE = "profile";
    public static final String ADDRESS = "address";
    public static final String NATIONAL_ID = "national_id";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";

    private CitizenClaims() {}

    public static Map<String, Object> forScopes(Citizen citizen, Set<String> scopes) {
        return forScopes(citizen, CitizenContact.NONE, scopes);
    }

    public static Map<String, Object> forScopes(Citizen citizen, CitizenContact contact, Set<String> scopes) {
        Map<String, Object> claims = new LinkedHashMap<>();
        if (scopes.contains(PROFILE)) {
            claims.put("name", citizen.name().fullName());
            claims.put("given_name", citizen.name().givenName());
            claims.put("family_name", citizen.name().familyName());
            claims.put("birthdate", citizen.birthdate().toString());
            claims.put("gender", citizen.gender().claimValue());
        }
        if (scopes.contains(ADDRESS)) {
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("region", citizen.residence().name());
            address.put("country", "VN");
            address.put("province_code", citizen.residence().code());
            claims.put("address", address);
        }
        if (scopes.contains(EMAIL)) {
            contact.email().ifPresent(email -> {
                claims.put("email", email);
                claims.put("email_verified", true);
            });
        }
        if (scopes.contains(PHONE)) {
            contact.phoneNumber().ifPresent(phone -> {
                claims.put("phone_number", phone);
                claims.put("phone_number_verified", true);
            });
        }
        if (scopes.contains(NATIONAL_ID)) {
            claims.put(NATIONAL_ID, citizen.nationalId().digits());
        }
        return claims;
    }
}
