package vn.hocvuso.credential.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads a DPoP-scheme access token of a wallet request: {@code Authorization: DPoP} with the
 * {@code DPoP} proof header (RFC 9449 §7.1); bearer tokens are left to the bearer filter. The URL a
 * proof must name is our public one, from {@code credentials.base-url}: behind a reverse proxy the
 * Host header is not what the wallet signed.
 */
final class WalletTokenRequests implements AuthenticationConverter {

    private static final Pattern DPOP =
            Pattern.compile("^DPoP (?<token>[a-zA-Z0-9\\-._~+/]+=*)$", Pattern.CASE_INSENSITIVE);

    private final String publicBase;

    WalletTokenRequests(String publicBase) {
        this.publicBase = publicBase;
    }

    @Override
    public Authentication convert(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "DPoP ", 0, 5)) {
            return null;
        }
        Matcher matcher = DPOP.matcher(authorization);
        if (!matcher.matches()) {
            throw new DPoPAuthenticationException(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "the DPoP access token is malformed", null));
        }
        List<String> proofs = Collections.list(request.getHeaders("DPoP"));
        return new DPoPTokenRequest(matcher.group("token"), proofs, request.getMethod(), publicUrl(request));
    }

    /** The request's URL as the wallet knows it: our base URL and the path within the app, no query. */
    String publicUrl(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return publicBase + path;
    }
}
