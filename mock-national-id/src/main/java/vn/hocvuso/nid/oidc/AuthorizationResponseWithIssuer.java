package vn.hocvuso.nid.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The successful authorization response (RFC 6749 §4.1.2) with the issuer added: {@code code},
 * {@code state} and {@code iss} (RFC 9207 §2), so that a client talking to several providers can
 * tell which one answered (mix-up attacks, RFC 9700 §4.4).
 */
public final class AuthorizationResponseWithIssuer implements AuthenticationSuccessHandler {

    private final RedirectStrategy redirectStrategy = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        OAuth2AuthorizationCodeRequestAuthenticationToken result =
                (OAuth2AuthorizationCodeRequestAuthenticationToken) authentication;
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(result.getRedirectUri())
                .queryParam(
                        OAuth2ParameterNames.CODE, result.getAuthorizationCode().getTokenValue());
        if (StringUtils.hasText(result.getState())) {
            uri.queryParam(OAuth2ParameterNames.STATE, encode(result.getState()));
        }
        uri.queryParam("iss", encode(issuer()));
        redirectStrategy.sendRedirect(request, response, uri.build(true).toUriString());
    }

    static String issuer() {
        return AuthorizationServerContextHolder.getContext().getIssuer();
    }

    static String encode(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }
}
