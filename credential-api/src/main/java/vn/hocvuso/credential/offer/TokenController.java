package vn.hocvuso.credential.offer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hocvuso.credential.issuer.IssuerUrls;
import vn.hocvuso.credential.problem.ErrorMetrics;

/**
 * The token endpoint of credential-api as the authorization server of the pre-authorized code grant
 * (OID4VCI 1.0 §6, RFC 6749 §3.2). Anonymous: {@code pre-authorized_grant_anonymous_access_supported}.
 */
@RestController
class TokenController {

    private final PreAuthorizedTokens tokens;

    TokenController(PreAuthorizedTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping(IssuerUrls.TOKEN_PATH)
    ResponseEntity<Map<String, Object>> token(
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestParam MultiValueMap<String, String> parameters) {
        if (contentType == null
                || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType))) {
            throw TokenError.invalidRequest("the token request must be application/x-www-form-urlencoded");
        }
        String grantType = single(parameters, "grant_type");
        if (grantType == null) {
            throw TokenError.invalidRequest("grant_type is missing");
        }
        if (!CredentialOffers.PRE_AUTHORIZED_GRANT.equals(grantType)) {
            throw TokenError.unsupportedGrantType("this token endpoint serves only the pre-authorized code grant");
        }
        String code = single(parameters, "pre-authorized_code");
        if (code == null || code.isBlank()) {
            throw TokenError.invalidRequest("pre-authorized_code is missing");
        }
        String txCode = single(parameters, "tx_code");
        if (txCode == null || txCode.isBlank()) {
            // §6.3: the offer asked for a transaction code and none was sent.
            throw TokenError.invalidRequest("tx_code is missing");
        }
        PreAuthorizedTokens.IssuedToken issued = tokens.redeem(code, txCode);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", issued.accessToken());
        body.put("token_type", "Bearer");
        body.put("expires_in", issued.expiresIn());
        return noStore(ResponseEntity.ok()).body(body);
    }

    /** RFC 6749 §3.2: a parameter sent twice makes the request invalid. */
    private static String single(MultiValueMap<String, String> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw TokenError.invalidRequest(name + " is repeated");
        }
        return values.get(0);
    }

    @ExceptionHandler(TokenError.class)
    ResponseEntity<Map<String, Object>> error(TokenError error, HttpServletRequest request) {
        ErrorMetrics.kind(request, error.error());
        return noStore(ResponseEntity.status(error.httpStatus()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", error.error(), "error_description", error.getMessage()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(Exception e, HttpServletRequest request) {
        return error(TokenError.invalidRequest("the token request must be application/x-www-form-urlencoded"), request);
    }

    private static ResponseEntity.BodyBuilder noStore(ResponseEntity.BodyBuilder builder) {
        // RFC 6749 §5.1: token responses are never cached.
        return builder.cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache");
    }
}
