package vn.hocvuso.credential.config;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * An access token presented with the {@code DPoP} scheme (RFC 9449 §7.1), before authentication:
 * the token, the request's {@code DPoP} header values, and the method and public URL the proof
 * must name.
 */
final class DPoPTokenRequest extends AbstractAuthenticationToken {

    private final String accessToken;
    private final List<String> proofs;
    private final String method;
    private final String targetUri;

    DPoPTokenRequest(String accessToken, List<String> proofs, String method, String targetUri) {
        super(List.of());
        this.accessToken = accessToken;
        this.proofs = List.copyOf(proofs);
        this.method = method;
        this.targetUri = targetUri;
    }

    String accessToken() {
        return accessToken;
    }

    List<String> proofs() {
        return proofs;
    }

    String method() {
        return method;
    }

    String targetUri() {
        return targetUri;
    }

    @Override
    public Object getCredentials() {
        return accessToken;
    }

    @Override
    public Object getPrincipal() {
        return accessToken;
    }

    @Override
    public String toString() {
        return "DPoPTokenRequest[" + method + " " + targetUri + "]";
    }
}
