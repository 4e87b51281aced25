package vn.hocvuso.wallet;

import com.nimbusds.jose.jwk.ECKey;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The wallet's DPoP key (RFC 9449) and the latest server nonce it was given: it signs one proof
 * per request and, when the server answers {@code use_dpop_nonce}, retries once with the nonce of
 * the {@code DPoP-Nonce} header.
 */
final class DPoPSession {

    private final ECKey key;
    private final Clock clock;
    private volatile String nonce;

    DPoPSession(ECKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    ECKey key() {
        return key;
    }

    /** Sends a request built from its headers, retrying once with a fresh nonce if asked to. */
    Http.Response send(
            String method, String uri, String accessToken, Function<Map<String, String>, Http.Response> call) {
        Http.Response response = call.apply(headers(method, uri, accessToken));
        remember(response);
        if (asksForNonce(response)) {
            response = call.apply(headers(method, uri, accessToken));
            remember(response);
        }
        return response;
    }

    /** Keeps the nonce a response carries, for the next proof. */
    void remember(Http.Response response) {
        String offered = response.headers().get("dpop-nonce");
        if (offered != null && !offered.isBlank()) {
            nonce = offered;
        }
    }

    private Map<String, String> headers(String method, String uri, String accessToken) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (accessToken != null) {
            headers.put("Authorization", "DPoP " + accessToken);
        }
        headers.put("DPoP", DPoPProofs.proof(key, method, uri, accessToken, nonce, clock.instant()));
        return headers;
    }

    private static boolean asksForNonce(Http.Response response) {
        if (!response.headers().containsKey("dpop-nonce")) {
            return false;
        }
        String challenge = response.headers().getOrDefault("www-authenticate", "");
        return challenge.contains("use_dpop_nonce") || response.body().contains("\"use_dpop_nonce\"");
    }
}
