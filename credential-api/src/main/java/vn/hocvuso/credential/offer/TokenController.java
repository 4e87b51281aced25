package vn.hocvuso.credential.offer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import vn.hocvuso.credential.dpop.DPoPNonces;
import vn.hocvuso.credential.dpop.DPoPProofException;
import vn.hocvuso.credential.dpop.DPoPProofVerifier;
import vn.hocvuso.credential.issuer.IssuerUrls;
import vn.hocvuso.credential.problem.ErrorMetrics;

/**
 * The token endpoint of credential-api as the authorization server of the pre-authorized code grant
 * (OID4VCI 1.0 §6, RFC 6749 §3.2). Anonymous: {@code pre-authorized_grant_anonymous_access_supported}.
 */
@RestController
class TokenController {

    private final PreAuthorizedTokens tokens;
    private final DPoPProofVerifier dpop;
    private final DPoPNonces dpopNonces;
    private final IssuerUrls urls;

    TokenController(PreAuthorizedTokens tokens, DPoPProofVerifier dpop, DPoPNonces dpopNonces, IssuerUrls urls) {
        this.tokens = tokens;
        this.dpop = dpop;
        this.dpopNonces = dpopNonces;
        this.urls = urls;
    }

    @PostMapping(IssuerUrls.TOKEN_PATH)
    ResponseEntity<Map<String, Object>> token(
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestParam MultiValueMap<String, String> parameters,
            HttpServletRequest request) {
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
        // RFC 9449 §5: a DPoP proof binds the token to its key. Checked before the code is touched,
        // so a refused proof costs no transaction-code attempt.
        Optional<String> dpopKey = Optional.empty();
        List<String> proofs = Collections.list(request.getHeaders("DPoP"));
        if (!proofs.isEmpty()) {
            try {
                dpopKey = Optional.of(dpop.verify(proofs, "POST", urls.tokenEndpoint(), null, null));
            } catch (DPoPProofException e) {
                throw TokenError.dpop(e.error(), e.getMessage());
            }
        }
        PreAuthorizedTokens.IssuedToken issued = tokens.redeem(code, txCode, dpopKey);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", issued.accessToken());
        body.put("token_type", dpopKey.isPresent() ? "DPoP" : "Bearer");
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
        ResponseEntity.BodyBuilder response = noStore(ResponseEntity.status(error.httpStatus()));
        if (DPoPProofException.USE_DPOP_NONCE.equals(error.error())) {
            response.header("DPoP-Nonce", dpopNonces.issue());
        }
        return response.contentType(MediaType.APPLICATION_JSON)
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
