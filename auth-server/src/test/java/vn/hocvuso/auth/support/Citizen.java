package vn.hocvuso.auth.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A citizen as the upstream knows them (the demo citizens of MISSION.md), and the claims the
 * upstream gives for them.
 */
public record Citizen(
        String subject,
        String nationalId,
        String familyName,
        String givenName,
        String birthdate,
        String gender,
        String province,
        String provinceCode,
        int level) {

    public static final String LEVEL_1 = "urn:vn:vneid:loa:1";
    public static final String LEVEL_2 = "urn:vn:vneid:loa:2";

    public static final Citizen AN = new Citizen(
            "nid-sub-an-7f3c", "001089000001", "Nguyễn", "Văn An", "1989-03-15", "male", "Hà Nội", "001", 2);
    public static final Citizen BINH = new Citizen(
            "nid-sub-binh-22a1",
            "079195000002",
            "Trần",
            "Thị Bình",
            "1995-07-02",
            "female",
            "TP Hồ Chí Minh",
            "079",
            2);
    public static final Citizen CHAU = new Citizen(
            "nid-sub-chau-9d0e", "048302000003", "Lê", "Minh Châu", "2002-11-20", "female", "Đà Nẵng", "048", 1);

    public String name() {
        return familyName + " " + givenName;
    }

    public String acr() {
        return level == 2 ? LEVEL_2 : LEVEL_1;
    }

    public java.util.List<String> amr() {
        return level == 2 ? java.util.List.of("pwd", "otp", "mfa") : java.util.List.of("pwd");
    }

    /** The claims of the profile, address and national_id scopes. */
    public Map<String, Object> identityClaims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("name", name());
        claims.put("given_name", givenName);
        claims.put("family_name", familyName);
        claims.put("birthdate", birthdate);
        claims.put("gender", gender);
        claims.put("address", Map.of("region", province, "country", "VN", "province_code", provinceCode));
        claims.put("national_id", nationalId);
        claims.put("email", email());
        claims.put("email_verified", true);
        claims.put("phone_number", phoneNumber());
        claims.put("phone_number_verified", true);
        return claims;
    }

    /** The e-mail address the upstream vouches for (the email scope). */
    public String email() {
        return subject + "@example.com";
    }

    /** The phone number the upstream vouches for (the phone scope), E.164. */
    public String phoneNumber() {
        return "+8490" + nationalId.substring(5);
    }

    /**
     * Another citizen with the same names and level, a new upstream subject and a new ID number: for a
     * test that needs an account of its own (the demo ID numbers stay linked to their demo subjects).
     */
    public Citizen another(String label) {
        return new Citizen(
                label + "-" + java.util.UUID.randomUUID(),
                randomNationalId(),
                familyName,
                givenName,
                birthdate,
                gender,
                province,
                provinceCode,
                level);
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** A well-formed 12-digit number (Hà Nội, male born in the 1900s) that no demo citizen has. */
    public static String randomNationalId() {
        return String.format("0010%02d%06d", RANDOM.nextInt(100), 100_000 + RANDOM.nextInt(900_000));
    }

    public Citizen withLevel(int otherLevel) {
        return new Citizen(
                subject, nationalId, familyName, givenName, birthdate, gender, province, provinceCode, otherLevel);
    }
}
