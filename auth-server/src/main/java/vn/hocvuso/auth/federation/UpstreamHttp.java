package vn.hocvuso.auth.federation;

import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.ResourceRetriever;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * The HTTP clients that talk to the upstream, all with the configured connect and read timeouts
 * (5 s by default): a slow or silent upstream ends the login with an error page instead of holding
 * a thread.
 */
public final class UpstreamHttp {

    /** A JWK set or discovery document bigger than this is not one. */
    static final int MAX_DOCUMENT_BYTES = 64 * 1024;

    private final UpstreamProperties properties;

    public UpstreamHttp(UpstreamProperties properties) {
        this.properties = properties;
    }

    private SimpleClientHttpRequestFactory requestFactory() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(properties.connectTimeout());
        factory.setReadTimeout(properties.readTimeout());
        return factory;
    }

    /** For the token endpoint: form out, token response in, OAuth errors understood. */
    public RestClient tokenClient() {
        return RestClient.builder()
                .requestFactory(requestFactory())
                .configureMessageConverters(converters -> {
                    converters.addCustomConverter(new FormHttpMessageConverter());
                    converters.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build();
    }

    /** For the userinfo endpoint. */
    public RestTemplate userInfoClient() {
        RestTemplate template = new RestTemplate(requestFactory());
        template.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
        return template;
    }

    /** For discovery. */
    public RestClient documentClient() {
        return RestClient.builder().requestFactory(requestFactory()).build();
    }

    /** For the JWK set (Nimbus). */
    public ResourceRetriever jwksRetriever() {
        return new DefaultResourceRetriever(
                (int) properties.connectTimeout().toMillis(),
                (int) properties.readTimeout().toMillis(),
                MAX_DOCUMENT_BYTES);
    }
}
