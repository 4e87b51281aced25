package vn.hocvuso.auth.authorize;

import jakarta.servlet.Filter;
import java.time.Clock;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import vn.hocvuso.auth.subject.PairwiseSubjects;

/**
 * The filters that read the OpenID authentication request parameters at the authorization
 * endpoint, in the order they run, before Spring Authorization Server's own endpoint filter:
 * request objects and {@code ui_locales} first ({@link RequestObjectFilter}), then the parameters that decide whether the
 * session may be used ({@link ReauthenticationFilter}). Not beans themselves: Spring Boot would
 * register a filter bean for every request.
 */
public final class AuthorizationRequestParameters {

    private final String authorizationEndpoint;
    private final RequestObjects requestObjects;
    private final AuthorizationErrors errors;
    private final IdTokenHints hints;
    private final PairwiseSubjects subjects;
    private final LocaleResolver locales;
    private final EffectiveAuthorizationParameters effective;
    private final Clock clock;

    public AuthorizationRequestParameters(
            String authorizationEndpoint,
            RequestObjects requestObjects,
            AuthorizationErrors errors,
            IdTokenHints hints,
            PairwiseSubjects subjects,
            LocaleResolver locales,
            EffectiveAuthorizationParameters effective,
            Clock clock) {
        this.authorizationEndpoint = authorizationEndpoint;
        this.requestObjects = requestObjects;
        this.errors = errors;
        this.hints = hints;
        this.subjects = subjects;
        this.locales = locales;
        this.effective = effective;
        this.clock = clock;
    }

    public Filter requestObjectFilter() {
        return new RequestObjectFilter(authorizationEndpoint, requestObjects, errors, locales);
    }

    public Filter reauthenticationFilter() {
        return new ReauthenticationFilter(authorizationEndpoint, errors, hints, subjects, effective, clock);
    }

    /** Authorization requests with {@code prompt=none}, pushed or not: they answer, never show the login page. */
    public RequestMatcher silentRequests() {
        return request -> effective.isSilent(request, authorizationEndpoint);
    }

    public PromptConsent consentRequired() {
        return new PromptConsent();
    }
}
