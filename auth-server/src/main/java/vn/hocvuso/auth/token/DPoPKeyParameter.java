package vn.hocvuso.auth.token;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2PushedAuthorizationRequestAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Binds a pushed authorization request to the key of the DPoP proof that comes with it (RFC 9449
 * §10.1): the proof is verified as at the token endpoint (without a nonce), and its key's
 * thumbprint becomes the request's {@code dpop_jkt}, stored with the authorization like a
 * {@code dpop_jkt} the client sent itself (§10). A {@code dpop_jkt} parameter that names another
 * key than the proof's is {@code invalid_dpop_proof}; the code is then redeemed with a proof of that
 * key only (see {@link DPoPTokenRequests}). Without a DPoP header the request passes unchanged.
 */
public final class DPoPKeyParameter implements AuthenticationConverter {

    /** The authorization request parameter (RFC 9449 §10). */
    public static final String NAME = "dpop_jkt";

    private static final String HEADER = "DPoP";
    private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc9449#section-10.1";

    private final AuthenticationConverter delegate;
    private final DPoPProofChecks checks;

    public DPoPKeyParameter(AuthenticationConverter delegate, DPoPProofChecks checks) {
        this.delegate = delegate;
        this.checks = checks;
    }

    @Override
    public Authentication convert(HttpServletRequest request) {
        Authentication converted = delegate.convert(request);
        if (!(converted instanceof OAuth2PushedAuthorizationRequestAuthenticationToken pushed)) {
            return converted;
        }
        var headers = Collections.list(request.getHeaders(HEADER));
        if (headers.isEmpty()) {
            return converted;
        }
        if (headers.size() > 1) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, "one DPoP header at most", ERROR_URI));
        }
        String thumbprint = DPoPProofChecks.thumbprint(checks.verify(
                headers.get(0), request.getMethod(), request.getRequestURL().toString()));
        Object named = pushed.getAdditionalParameters().get(NAME);
        if (named != null && !thumbprint.equals(named)) {
            throw DPoPProofChecks.invalidProof("dpop_jkt names another key than the DPoP proof of this request");
        }
        Map<String, Object> parameters = new HashMap<>(pushed.getAdditionalParameters());
        parameters.put(NAME, thumbprint);
        return new OAuth2PushedAuthorizationRequestAuthenticationToken(
                pushed.getAuthorizationUri(),
                pushed.getClientId(),
                (Authentication) pushed.getPrincipal(),
                pushed.getRedirectUri(),
                pushed.getState(),
                pushed.getScopes(),
                parameters);
    }
}
