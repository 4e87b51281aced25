package vn.hocvuso.auth.authorize;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hocvuso.auth.account.CitizenAuthentication;
import vn.hocvuso.auth.client.RelyingParty;
import vn.hocvuso.auth.subject.PairwiseSubjects;

/**
 * The OpenID authentication request parameters that decide whether the citizen's session may be
 * used as it is (OIDC Core §3.1.2.1), checked before Spring Authorization Server issues a code:
 *
 * <ul>
 *   <li>{@code prompt=login} (and {@code select_account}, which means the same here: one citizen per
 *       session), a session older than {@code max_age} seconds (by the upstream login's
 *       {@code auth_time}), or an {@code id_token_hint} naming another citizen: the citizen logs in
 *       again through the national identity, and the request resumes afterwards;
 *   <li>with {@code prompt=none} each of these is {@code login_required} instead; {@code none}
 *       with another value, a {@code max_age} that is not a number of seconds and an
 *       {@code id_token_hint} that is not an ID token of ours are {@code invalid_request}.
 * </ul>
 *
 * <p>A forced login takes the citizen out of the session and remembers which request forced it; when
 * that request comes back after a login, it goes through (a login did happen since), so that an
 * upstream that answers with an old {@code auth_time} cannot make the citizen loop. A request with
 * these parameters that arrives without a session is remembered the same way: its first login is
 * the fresh one.
 */
public final class ReauthenticationFilter extends OncePerRequestFilter {

    /** Session attribute: the fingerprint of the authorization request that forced a new login. */
    public static final String FORCED_LOGIN = ReauthenticationFilter.class.getName() + ".FORCED_LOGIN";

    /** Session attribute: the fingerprint of a request that needs a fresh login and arrived without a session. */
    static final String LOGIN_FOR = ReauthenticationFilter.class.getName() + ".LOGIN_FOR";

    private static final String ERROR_URI = "https://openid.net/specs/openid-connect-core-1_0.html#AuthError";
    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken(
            "anonymous", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private final String authorizationEndpoint;
    private final AuthorizationErrors errors;
    private final IdTokenHints hints;
    private final PairwiseSubjects subjects;
    private final EffectiveAuthorizationParameters effective;
    private final Clock clock;

    public ReauthenticationFilter(
            String authorizationEndpoint,
            AuthorizationErrors errors,
            IdTokenHints hints,
            PairwiseSubjects subjects,
            EffectiveAuthorizationParameters effective,
            Clock clock) {
        this.authorizationEndpoint = authorizationEndpoint;
        this.errors = errors;
        this.hints = hints;
        this.subjects = subjects;
        this.effective = effective;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !EffectiveAuthorizationParameters.isAuthorizationRequest(request, authorizationEndpoint);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // A pushed request's own parameters, not the front channel's.
        Map<String, String> parameters = effective.of(request);
        RegisteredClient client = errors.client(parameters);
        if (!words(parameters.get("scope")).contains("openid")
                || client == null
                || errors.verifiedRedirectUri(parameters) == null) {
            chain.doFilter(request, response); // not OpenID, or Spring Authorization Server's error to give
            return;
        }
        Set<String> prompt = words(parameters.get("prompt"));
        if (prompt.contains("none") && prompt.size() > 1) {
            errors.send(request, response, parameters, error(OAuth2ErrorCodes.INVALID_REQUEST, "prompt"));
            return;
        }
        Optional<Duration> maxAge;
        try {
            maxAge = maxAge(parameters.get("max_age"));
        } catch (NumberFormatException e) {
            errors.send(request, response, parameters, error(OAuth2ErrorCodes.INVALID_REQUEST, "max_age"));
            return;
        }
        Optional<String> hintedSubject = Optional.empty();
        String hint = parameters.get("id_token_hint");
        if (hint != null) {
            hintedSubject = hints.subject(hint);
            if (hintedSubject.isEmpty()) {
                errors.send(request, response, parameters, error(OAuth2ErrorCodes.INVALID_REQUEST, "id_token_hint"));
                return;
            }
        }
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        String fingerprint = fingerprint(parameters);
        if (!(current instanceof CitizenAuthentication citizen)) {
            if (!prompt.contains("none") && (maxAge.isPresent() || hint != null || asksForLogin(prompt))) {
                // The login about to happen is the fresh one this request asks for.
                request.getSession().setAttribute(LOGIN_FOR, fingerprint);
            }
            chain.doFilter(request, response);
            return;
        }
        if (!mustLogIn(citizen, client, prompt, maxAge, hintedSubject)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession();
        if (fingerprint.equals(session.getAttribute(FORCED_LOGIN))
                || fingerprint.equals(session.getAttribute(LOGIN_FOR))) {
            // The login this request forced, or started without a session, has happened since.
            session.removeAttribute(FORCED_LOGIN);
            session.removeAttribute(LOGIN_FOR);
            chain.doFilter(request, response);
            return;
        }
        if (prompt.contains("none")) {
            errors.send(request, response, parameters, error("login_required", "the citizen must log in again"));
            return;
        }
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        session.setAttribute(FORCED_LOGIN, fingerprint);
        SecurityContext anonymous = SecurityContextHolder.createEmptyContext();
        anonymous.setAuthentication(ANONYMOUS);
        SecurityContextHolder.setContext(anonymous);
        // Spring Authorization Server now sees no citizen: the request is saved and the login page shown.
        chain.doFilter(request, response);
    }

    private boolean mustLogIn(
            CitizenAuthentication citizen,
            RegisteredClient client,
            Set<String> prompt,
            Optional<Duration> maxAge,
            Optional<String> hintedSubject) {
        if (asksForLogin(prompt)) {
            return true;
        }
        if (maxAge.isPresent()
                && Duration.between(citizen.authTime(), clock.instant()).compareTo(maxAge.get()) > 0) {
            return true;
        }
        Optional<String> sector = RelyingParty.of(client).sector();
        return hintedSubject.isPresent()
                && sector.isPresent()
                && !hintedSubject.get().equals(subjects.subject(sector.get(), citizen.accountId()));
    }

    private static boolean asksForLogin(Set<String> prompt) {
        return prompt.contains("login") || prompt.contains("select_account");
    }

    static Optional<Duration> maxAge(String value) {
        if (value == null) {
            return Optional.empty();
        }
        long seconds = Long.parseLong(value.trim());
        if (seconds < 0) {
            throw new NumberFormatException("negative");
        }
        return Optional.of(Duration.ofSeconds(seconds));
    }

    private static Set<String> words(String value) {
        return value == null || value.isBlank() ? Set.of() : Set.of(value.trim().split("\\s+"));
    }

    /** Identifies an authorization request by all its parameters (state and nonce make it unique). */
    static String fingerprint(Map<String, String> parameters) {
        String canonical = new TreeMap<>(parameters)
                .entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining("\n"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OAuth2Error error(String code, String description) {
        return new OAuth2Error(code, description, ERROR_URI);
    }
}
