package vn.hocvuso.credential.verification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hocvuso.credential.config.ProblemDetailsApi;
import vn.hocvuso.credential.issuer.IssuerUrls;

/**
 * The verification API for employers' own systems: they obtained a presentation from a wallet
 * with their own nonce and Client Identifier, and ask for the same verdict and checks the
 * employer page shows. A malformed request is an RFC 9457 problem; a bad presentation is a
 * verdict ({@code invalid}, with the failed check), not an error.
 */
@RestController
@ProblemDetailsApi
class VerificationApiController {

    static final String PATH = "/api/v1/verifications";
    private static final Logger LOG = LoggerFactory.getLogger(VerificationApiController.class);

    private final VerifyPresentation verifier;
    private final IssuerUrls urls;

    VerificationApiController(VerifyPresentation verifier, IssuerUrls urls) {
        this.verifier = verifier;
        this.urls = urls;
    }

    /**
     * @param presentation the SD-JWT VC presentation with its key-binding JWT
     * @param nonce the nonce the employer's request gave the wallet
     * @param audience the employer's Client Identifier, the key-binding JWT's {@code aud}
     * @param vct the credential type expected; by default the digital-competency credential
     */
    record VerificationRequest(
            @NotBlank @Size(max = VerifyPresentation.MAX_LENGTH)
            String presentation,

            @NotBlank @Size(max = 512) String nonce,
            @NotBlank @Size(max = 2048) String audience,
            @Size(max = 2048) String vct) {}

    @PostMapping(PATH)
    ResponseEntity<Map<String, Object>> verify(@Valid @RequestBody VerificationRequest request) {
        String vct = request.vct() == null || request.vct().isBlank() ? urls.vct() : request.vct();
        Verification verification = verifier.verify(
                request.presentation(),
                new Expectations(request.nonce(), request.audience(), vct, java.util.List.of()));
        LOG.info(
                "presentation verified through the API: verdict={} reason={}",
                verification.verdict().code(),
                verification.failureReason().orElse("-"));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON)
                .body(VerificationJson.toJson(verification));
    }
}
