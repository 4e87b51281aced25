package vn.hocvuso.auth.federation;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import vn.hocvuso.auth.account.CitizenProfile;
import vn.hocvuso.auth.account.Residence;

/**
 * Reads the citizen's profile from the upstream's validated ID token and userinfo response. The
 * two must agree on the national ID number, which is required and must have 12 digits; the other
 * claims are taken when present (userinfo first); {@code email} and {@code phone_number} only when
 * marked verified.
 */
final class UpstreamClaims {

    private UpstreamClaims() {}

    static CitizenProfile profile(OidcIdToken idToken, OidcUserInfo userInfo) {
        Map<String, Object> fromToken = idToken.getClaims();
        Map<String, Object> fromUserInfo = userInfo != null ? userInfo.getClaims() : Map.of();
        Object tokenNumber = fromToken.get("national_id");
        Object userInfoNumber = fromUserInfo.get("national_id");
        if (tokenNumber != null && userInfoNumber != null && !Objects.equals(tokenNumber, userInfoNumber)) {
            throw invalid("the ID token and userinfo disagree on the national ID number");
        }
        Object number = userInfoNumber != null ? userInfoNumber : tokenNumber;
        if (!(number instanceof String nationalId) || !CitizenProfile.isNationalId(nationalId)) {
            throw invalid("the national ID number is missing or malformed");
        }
        return new CitizenProfile(
                nationalId,
                text(fromUserInfo, fromToken, "name"),
                text(fromUserInfo, fromToken, "given_name"),
                text(fromUserInfo, fromToken, "family_name"),
                text(fromUserInfo, fromToken, "birthdate"),
                text(fromUserInfo, fromToken, "gender"),
                residence(fromUserInfo.containsKey("address") ? fromUserInfo.get("address") : fromToken.get("address")),
                verified(fromUserInfo, fromToken, "email"),
                verified(fromUserInfo, fromToken, "phone_number"));
    }

    /** Contact data is kept only when the upstream says it verified it ({@code <claim>_verified: true}). */
    private static Optional<String> verified(Map<String, Object> first, Map<String, Object> second, String claim) {
        Optional<String> value = text(first, second, claim);
        Object verified = first.containsKey(claim) ? first.get(claim + "_verified") : second.get(claim + "_verified");
        return Boolean.TRUE.equals(verified) ? value : Optional.empty();
    }

    private static Optional<String> text(Map<String, Object> first, Map<String, Object> second, String claim) {
        Object value = first.containsKey(claim) ? first.get(claim) : second.get(claim);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text) || text.isBlank() || text.length() > 200) {
            throw invalid("claim " + claim + " is not a short string");
        }
        return Optional.of(text);
    }

    private static Optional<Residence> residence(Object address) {
        if (address == null) {
            return Optional.empty();
        }
        if (!(address instanceof Map<?, ?> fields)) {
            throw invalid("claim address is not an object");
        }
        return Optional.of(
                new Residence(field(fields, "region"), field(fields, "country"), field(fields, "province_code")));
    }

    private static String field(Map<?, ?> fields, String name) {
        Object value = fields.get(name);
        if (value != null && (!(value instanceof String text) || text.length() > 200)) {
            throw invalid("address." + name + " is not a short string");
        }
        return (String) value;
    }

    private static UpstreamException invalid(String reason) {
        return new UpstreamException(UpstreamException.INVALID_RESPONSE, reason);
    }
}
