package vn.hocvuso.credential.presentation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DCQL query of a request (OID4VP 1.0 §6): one credential of format {@code dc+sd-jwt} and the
 * digital-competency {@code vct}, with the claims the verifier will read: the achievement, its
 * date, and the personal claims the employer chose.
 */
public final class DcqlQueries {

    /** The credential query id: the key of the {@code vp_token} object in the response (§8.1). */
    public static final String CREDENTIAL_ID = "digital_competency";

    /** The always-visible claims every request reads. */
    static final List<List<String>> ACHIEVEMENT = List.of(
            List.of("achievement", "name"),
            List.of("achievement", "level"),
            List.of("achievement", "criteria", "narrative"),
            List.of("issued_on"));

    private DcqlQueries() {}

    public static Map<String, Object> query(String vct, List<OptionalClaim> personal) {
        List<Map<String, Object>> claims = new ArrayList<>();
        for (List<String> path : ACHIEVEMENT) {
            claims.add(Map.of("path", path));
        }
        for (OptionalClaim claim : personal) {
            claims.add(Map.of("path", List.of(claim.claimName())));
        }
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("id", CREDENTIAL_ID);
        credential.put("format", "dc+sd-jwt");
        credential.put("meta", Map.of("vct_values", List.of(vct)));
        credential.put("claims", claims);
        return Map.of("credentials", List.of(credential));
    }
}
