package vn.hocvuso.auth.support;

import java.net.URI;
import java.util.Map;

/** The authorization request auth-server sent the browser to the upstream with. */
public record UpstreamRequest(URI uri, Map<String, String> parameters) {

    public String state() {
        return parameters.get("state");
    }

    public String nonce() {
        return parameters.get("nonce");
    }

    public String redirectUri() {
        return parameters.get("redirect_uri");
    }

    public String get(String name) {
        return parameters.get(name);
    }
}
