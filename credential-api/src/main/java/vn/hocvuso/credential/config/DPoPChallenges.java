package vn.hocvuso.credential.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import vn.hocvuso.credential.dpop.DPoPNonces;
import vn.hocvuso.credential.dpop.DPoPProofException;
import vn.hocvuso.credential.dpop.DPoPProofVerifier;
import vn.hocvuso.credential.problem.ErrorMetrics;

/**
 * The 401 challenges of the wallet endpoints. A DPoP refusal is answered {@code WWW-Authenticate:
 * DPoP error=..., algs=...} (RFC 9449 §7.1), with a fresh {@code DPoP-Nonce} when the proof lacked a
 * current nonce (§9); every other refusal keeps its RFC 6750 {@code Bearer} challenge and also
 * names the DPoP scheme, so a wallet learns that both are accepted.
 */
final class DPoPChallenges implements AuthenticationEntryPoint {

    static final String ALGS = "algs=\"" + String.join(" ", DPoPProofVerifier.ALGORITHMS) + "\"";

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final DPoPNonces nonces;

    DPoPChallenges(DPoPNonces nonces) {
        this.nonces = nonces;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (!(exception instanceof DPoPAuthenticationException refused)) {
            bearer.commence(request, response, exception);
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "DPoP " + ALGS);
            return;
        }
        OAuth2Error error = refused.getError();
        ErrorMetrics.kind(request, error.getErrorCode());
        StringBuilder challenge =
                new StringBuilder("DPoP error=\"").append(error.getErrorCode()).append('"');
        if (error.getDescription() != null) {
            challenge
                    .append(", error_description=\"")
                    .append(error.getDescription().replaceAll("[\"\\\\]", "'"))
                    .append('"');
        }
        challenge.append(", ").append(ALGS);
        if (DPoPProofException.USE_DPOP_NONCE.equals(error.getErrorCode())) {
            response.setHeader("DPoP-Nonce", nonces.issue());
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge.toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
    }
}
