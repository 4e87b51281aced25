package vn.hocvuso.auth.client.assertion;

import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.http.HttpServletRequest;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.util.StringUtils;

/**
 * Accepts a client assertion sent without {@code client_id}, as RFC 7523 §3.2 and OpenID Connect
 * Core §9 allow and libraries such as Nimbus do: the client is the assertion's {@code sub}. Spring
 * Authorization Server requires {@code client_id}; this converter runs before its own and reads
 * the claimed client from the (not yet verified) assertion. Nothing is trusted here: the signature
 * is then checked against that client's keys, and {@code iss} and {@code sub} must both be its id.
 */
public final class ClientIdFromAssertionConverter implements AuthenticationConverter {

    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final Set<String> AUTHENTICATION_PARAMETERS = Set.of(
            OAuth2ParameterNames.CLIENT_ASSERTION_TYPE,
            OAuth2ParameterNames.CLIENT_ASSERTION,
            OAuth2ParameterNames.CLIENT_ID);

    @Override
    public Authentication convert(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())
                || request.getParameter(OAuth2ParameterNames.CLIENT_ID) != null
                || !JWT_BEARER.equals(request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION_TYPE))) {
            return null;
        }
        String[] assertions = request.getParameterValues(OAuth2ParameterNames.CLIENT_ASSERTION);
        if (assertions == null || assertions.length != 1) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_REQUEST);
        }
        String clientId = claimedClient(assertions[0]);
        return new OAuth2ClientAuthenticationToken(
                clientId, new ClientAuthenticationMethod(JWT_BEARER), assertions[0], codeRedemptionParameters(request));
    }

    private static String claimedClient(String assertion) {
        try {
            String subject = JWTParser.parse(assertion).getJWTClaimsSet().getSubject();
            if (StringUtils.hasText(subject)) {
                return subject;
            }
        } catch (ParseException e) {
            // refused below, like any unreadable client authentication
        }
        throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
    }

    /** The token request's parameters when it redeems a code: the PKCE verifier is checked with the client. */
    private static Map<String, Object> codeRedemptionParameters(HttpServletRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        if (!"authorization_code".equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))
                || request.getParameter(OAuth2ParameterNames.CODE) == null) {
            return parameters;
        }
        request.getParameterMap().forEach((name, values) -> {
            if (!AUTHENTICATION_PARAMETERS.contains(name)) {
                parameters.put(name, values.length == 1 ? values[0] : values);
            }
        });
        return parameters;
    }
}
