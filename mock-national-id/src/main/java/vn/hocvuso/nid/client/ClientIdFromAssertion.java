package vn.hocvuso.nid.client;

import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.text.ParseException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.web.authentication.JwtClientAssertionAuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads a {@code private_key_jwt} client authentication as RFC 7523 §2.2 allows it: the
 * {@code client_id} parameter is optional, the assertion's {@code sub} names the client (§3, item
 * 2). Spring Authorization Server insists on the parameter, which spec-following clients (the
 * Nimbus SDK among them) do not send; when it is absent, this converter takes it from the
 * assertion. The value only selects whose keys must verify the signature: the assertion is then
 * verified in full, {@code iss} and {@code sub} included, as for any other request.
 */
public final class ClientIdFromAssertion implements AuthenticationConverter {

    private final AuthenticationConverter delegate = new JwtClientAssertionAuthenticationConverter();

    @Override
    public Authentication convert(HttpServletRequest request) {
        String assertion = request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION);
        if (assertion == null || request.getParameterValues(OAuth2ParameterNames.CLIENT_ID) != null) {
            return delegate.convert(request);
        }
        String subject = subject(assertion);
        return delegate.convert(subject == null ? request : new WithClientId(request, subject));
    }

    private static String subject(String assertion) {
        try {
            return SignedJWT.parse(assertion).getJWTClaimsSet().getSubject();
        } catch (ParseException e) {
            return null; // not a JWT: the delegate refuses the request as it is
        }
    }

    /** The request with a {@code client_id} parameter added. */
    private static final class WithClientId extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        WithClientId(HttpServletRequest request, String clientId) {
            super(request);
            Map<String, String[]> all = new LinkedHashMap<>(request.getParameterMap());
            all.put(OAuth2ParameterNames.CLIENT_ID, new String[] {clientId});
            this.parameters = Collections.unmodifiableMap(all);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
