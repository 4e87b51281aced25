package vn.hocvuso.credential.presentation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.config.CredentialApiProperties;
import vn.hocvuso.credential.verification.VerifierProperties;

/**
 * Who the verifier is towards wallets, and its addresses. The Client Identifier uses the
 * {@code x509_san_dns} prefix (OID4VP 1.0 §5.9.3): the DNS name after it is the one the verifier's
 * certificate names, and the host of {@code response_uri}, so it must be the host of
 * {@code credentials.base-url}; anything else stops the start.
 */
@Component
public class VerifierIdentity {

    public static final String REQUESTS_PATH = "/oid4vp/requests/";
    public static final String RESPONSE_PATH = "/oid4vp/responses";
    public static final String PAGE_PATH = "/verify";

    private final String baseUrl;
    private final String clientId;
    private final String dnsName;
    private final String name;

    public VerifierIdentity(CredentialApiProperties app, VerifierProperties properties) {
        this.baseUrl = app.baseUrl().toString().replaceAll("/+$", "");
        String host = app.baseUrl().getHost();
        this.clientId =
                properties.clientId().isEmpty() ? VerifierProperties.X509_SAN_DNS + host : properties.clientId();
        this.dnsName = clientId.substring(VerifierProperties.X509_SAN_DNS.length());
        if (!dnsName.equalsIgnoreCase(host)) {
            throw new IllegalStateException("credentials.verifier.client-id " + clientId
                    + " must name the host of credentials.base-url (" + host
                    + "): the verifier's certificate and response_uri carry that host (OID4VP 1.0 §5.9.3)");
        }
        this.name = properties.name();
    }

    /** The Client Identifier, {@code x509_san_dns:<host>}: the {@code client_id} and the key-binding {@code aud}. */
    public String clientId() {
        return clientId;
    }

    /** The DNS name the verifier's certificate must carry as subject alternative name. */
    public String dnsName() {
        return dnsName;
    }

    public String name() {
        return name;
    }

    public String requestUri(String requestId) {
        return baseUrl + REQUESTS_PATH + requestId;
    }

    public String responseUri() {
        return baseUrl + RESPONSE_PATH;
    }

    /** The same-device link and QR code content: the request by reference (OID4VP 1.0 §5.2, §5.10; RFC 9101 §5.2). */
    public String authorizationRequest(String requestId) {
        return "openid4vp://?client_id=" + encode(clientId) + "&request_uri=" + encode(requestUri(requestId));
    }

    /** Where the holder's browser goes after a same-device presentation (OID4VP 1.0 §8.2). */
    public String resultUri(String responseCode) {
        return baseUrl + PAGE_PATH + "/result?response_code=" + encode(responseCode);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
