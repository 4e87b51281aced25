package vn.hocvuso.credential.presentation;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code vp_token} of a response to our DCQL query (OID4VP 1.0 §8.1): a JSON object whose
 * one key is our credential query id and whose value is an array holding one presentation.
 */
final class VpToken {

    private VpToken() {}

    static String presentation(String vpToken) {
        if (vpToken == null || vpToken.isBlank()) {
            throw new ResponseRefused("invalid_request", "vp_token is missing");
        }
        Map<String, Object> json;
        try {
            json = JSONObjectUtils.parse(vpToken);
        } catch (ParseException | RuntimeException e) {
            throw new ResponseRefused("invalid_request", "vp_token is not a JSON object");
        }
        if (json.size() != 1 || !(json.get(DcqlQueries.CREDENTIAL_ID) instanceof List<?> presentations)) {
            throw new ResponseRefused(
                    "invalid_request", "vp_token must hold one array under the query id " + DcqlQueries.CREDENTIAL_ID);
        }
        if (presentations.size() != 1 || !(presentations.get(0) instanceof String presentation)) {
            throw new ResponseRefused("invalid_request", "the request asks for exactly one presentation, as a string");
        }
        return presentation;
    }
}
