package vn.hocvuso.auth.config;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.web.servlet.LocaleResolver;
import vn.hocvuso.auth.authorize.AuthorizationErrors;
import vn.hocvuso.auth.authorize.AuthorizationRequestParameters;
import vn.hocvuso.auth.authorize.EffectiveAuthorizationParameters;
import vn.hocvuso.auth.authorize.IdTokenHints;
import vn.hocvuso.auth.authorize.RequestObjects;
import vn.hocvuso.auth.client.RedirectUriValidator;
import vn.hocvuso.auth.subject.PairwiseSubjects;
import vn.hocvuso.auth.token.IssuerInAuthorizationResponse;

/** The OpenID authentication request parameters: prompt, max_age, id_token_hint, ui_locales, request objects. */
@Configuration(proxyBeanMethods = false)
class AuthorizationRequestConfiguration {

    @Bean
    AuthorizationRequestParameters authorizationRequestParameters(
            AuthServerProperties properties,
            AuthorizationServerSettings settings,
            RegisteredClientRepository clients,
            RedirectUriValidator redirectUris,
            IssuerInAuthorizationResponse errorResponses,
            JWKSource<SecurityContext> ourKeys,
            PairwiseSubjects subjects,
            LocaleResolver localeResolver,
            EffectiveAuthorizationParameters effective,
            Clock clock) {
        return new AuthorizationRequestParameters(
                settings.getAuthorizationEndpoint(),
                new RequestObjects(properties.issuer(), clock, AuthorizationServerConfiguration.CLIENT_JWKS_TIMEOUT),
                new AuthorizationErrors(clients, redirectUris, errorResponses),
                new IdTokenHints(ourKeys, properties.issuer()),
                subjects,
                localeResolver,
                effective,
                clock);
    }

    @Bean
    EffectiveAuthorizationParameters effectiveAuthorizationParameters(
            OAuth2AuthorizationService authorizations, Clock clock) {
        return new EffectiveAuthorizationParameters(authorizations, clock);
    }
}
