package vn.hocvuso.credential.issuance;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.hocvuso.credential.issuer.IssuerUrls;
import vn.hocvuso.credential.problem.ErrorMetrics;

/** The Credential Endpoint (OID4VCI 1.0 §8). The access token was checked by the security chain. */
@RestController
class CredentialController {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialController.class);
    private static final MediaType APPLICATION_JWT = MediaType.parseMediaType("application/jwt");

    private final IssueCredentials issuer;
    private final WalletGrants grants;
    private final CredentialRequestDecryption requests;

    CredentialController(IssueCredentials issuer, WalletGrants grants, CredentialRequestDecryption requests) {
        this.issuer = issuer;
        this.grants = grants;
        this.requests = requests;
    }

    @PostMapping(IssuerUrls.CREDENTIAL_PATH)
    ResponseEntity<Object> credential(
            @RequestBody(required = false) byte[] body,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            Authentication authentication) {
        MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
        boolean encrypted = type != null && APPLICATION_JWT.isCompatibleWith(type);
        if (type == null || !(encrypted || MediaType.APPLICATION_JSON.isCompatibleWith(type))) {
            throw CredentialError.invalidRequest("the credential request must be application/json or application/jwt");
        }
        if (body == null || body.length == 0) {
            throw CredentialError.invalidRequest("the credential request has no body");
        }
        // §8.2, §10: an encrypted request is a JWE to our key around the same JSON object.
        CredentialRequest request = CredentialRequest.parse(encrypted ? requests.decrypt(body) : body);
        List<String> credentials = issuer.issue(grants.of(authentication), request);
        // §8.3: the credentials array, one object per credential.
        Map<String, Object> response = new LinkedHashMap<>();
        response.put(
                "credentials",
                credentials.stream()
                        .map(credential -> Map.of("credential", credential))
                        .toList());
        if (request.responseEncryption().isPresent()) {
            // §8.3, §10: the whole response as a JWE to the wallet's key.
            return ResponseEntity.ok()
                    .cacheControl(CacheControl.noStore())
                    .contentType(APPLICATION_JWT)
                    .body(request.responseEncryption().get().encrypt(response));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(response);
    }

    @ExceptionHandler(CredentialError.class)
    ResponseEntity<Map<String, String>> credentialError(CredentialError error, HttpServletRequest request) {
        ErrorMetrics.kind(request, error.error());
        return ResponseEntity.status(error.httpStatus())
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", error.error(), "error_description", error.getMessage()));
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(Exception e, HttpServletRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("TooLarge")) {
                return credentialError(CredentialError.tooLarge(cause.getMessage()), request);
            }
        }
        return credentialError(CredentialError.invalidRequest("the credential request cannot be read"), request);
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> mediaType(Exception e, HttpServletRequest request) {
        return credentialError(
                CredentialError.invalidRequest("the credential request must be application/json or application/jwt"),
                request);
    }

    /** Nothing was issued: the transaction rolled back; the wallet may retry with a fresh nonce. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, String>> failure(RuntimeException e) {
        LOG.error("credential request failed; nothing was issued", e);
        return ResponseEntity.internalServerError()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "error",
                        "server_error",
                        "error_description",
                        "the credential could not be issued and nothing was issued; retry with a fresh c_nonce"));
    }
}
