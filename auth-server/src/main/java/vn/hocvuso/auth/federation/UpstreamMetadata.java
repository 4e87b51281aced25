package vn.hocvuso.auth.federation;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The upstream's discovery document (OpenID Connect Discovery 1.0), read when first needed and kept
 * for the configured time: the server starts even when the upstream is down, and a login started
 * while it is down ends on an error page. The document must name exactly the configured issuer
 * (Discovery §4.3) and give the endpoints a login needs.
 */
public final class UpstreamMetadata {

    /**
     * The endpoints and promises of the upstream.
     *
     * @param issParameterSupported RFC 9207 §3: the upstream puts {@code iss} in its authorization responses
     */
    public record Document(
            String issuer,
            URI authorizationEndpoint,
            URI tokenEndpoint,
            URI jwksUri,
            URI userInfoEndpoint,
            boolean issParameterSupported,
            Map<String, Object> raw) {}

    private record Cached(Document document, Instant readAt) {}

    private final UpstreamProperties properties;
    private final RestClient http;
    private final Clock clock;
    private volatile Cached cached;

    public UpstreamMetadata(UpstreamProperties properties, RestClient http, Clock clock) {
        this.properties = properties;
        this.http = http;
        this.clock = clock;
    }

    public Document current() {
        Cached seen = cached;
        Duration ttl = properties.metadataCacheTtl();
        if (seen != null
                && !ttl.isZero()
                && clock.instant().isBefore(seen.readAt().plus(ttl))) {
            return seen.document();
        }
        Document fresh = read();
        cached = new Cached(fresh, clock.instant());
        return fresh;
    }

    private Document read() {
        String location = properties.issuerId() + "/.well-known/openid-configuration";
        String body;
        try {
            body = http.get()
                    .uri(URI.create(location))
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(String.class);
        } catch (RestClientException e) {
            throw new UpstreamException(
                    UpstreamException.UNAVAILABLE, "the upstream discovery document cannot be read", e);
        }
        if (body == null) {
            throw new UpstreamException(UpstreamException.INVALID_RESPONSE, "the upstream discovery document is empty");
        }
        OIDCProviderMetadata metadata;
        try {
            metadata = OIDCProviderMetadata.parse(body);
        } catch (ParseException | RuntimeException e) {
            throw new UpstreamException(
                    UpstreamException.INVALID_RESPONSE, "the upstream discovery document is not valid", e);
        }
        if (!properties.issuerId().equals(metadata.getIssuer().getValue())) {
            throw new UpstreamException(
                    UpstreamException.INVALID_RESPONSE, "the upstream discovery document names another issuer");
        }
        if (metadata.getAuthorizationEndpointURI() == null
                || metadata.getTokenEndpointURI() == null
                || metadata.getJWKSetURI() == null
                || metadata.getUserInfoEndpointURI() == null) {
            throw new UpstreamException(
                    UpstreamException.INVALID_RESPONSE, "the upstream discovery document lacks an endpoint");
        }
        return new Document(
                metadata.getIssuer().getValue(),
                metadata.getAuthorizationEndpointURI(),
                metadata.getTokenEndpointURI(),
                metadata.getJWKSetURI(),
                metadata.getUserInfoEndpointURI(),
                metadata.supportsAuthorizationResponseIssuerParam(),
                metadata.toJSONObject());
    }
}
