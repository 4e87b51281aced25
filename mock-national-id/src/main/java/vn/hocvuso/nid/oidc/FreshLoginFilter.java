package vn.hocvuso.nid.oidc;

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
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hocvuso.nid.login.CitizenAuthentication;

/**
 * {@code prompt=login} and {@code max_age} (OpenID Connect Core §3.1.2.1), which Spring Authorization
 * Server leaves to us: when the session's login is older than the request allows, the session is
 * logged out before the authorization endpoint sees it, so the citizen logs in again and the ID
 * token's {@code auth_time} is the new login's.
 *
 * <p>The saved request comes back after that login with the same parameters; it is recognised by a
 * digest of its parameters and the time it was first seen, so a login made after that time
 * satisfies it (also {@code max_age=0}) instead of asking once more.
 */
public final class FreshLoginFilter extends OncePerRequestFilter {

    private static final String SEEN = FreshLoginFilter.class.getName() + ".seen";
    /** Requests remembered per session; a browser with more open logins than this starts some over. */
    private static final int REMEMBERED = 16;

    private final String authorizationEndpoint;
    private final Clock clock;

    public FreshLoginFilter(String authorizationEndpoint, Clock clock) {
        this.authorizationEndpoint = authorizationEndpoint;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals(request.getContextPath() + authorizationEndpoint);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String prompt = request.getParameter("prompt");
        boolean promptLogin =
                prompt != null && Arrays.asList(prompt.trim().split("\\s+")).contains("login");
        Duration maxAge = maxAge(request.getParameter("max_age"));
        boolean silent =
                prompt != null && Arrays.asList(prompt.trim().split("\\s+")).contains("none");
        if ((promptLogin || maxAge != null) && !silent) {
            demandFreshLogin(request, promptLogin, maxAge);
        }
        chain.doFilter(request, response);
    }

    private void demandFreshLogin(HttpServletRequest request, boolean promptLogin, Duration maxAge) {
        Instant now = clock.instant();
        HttpSession session = request.getSession();
        Map<String, Instant> seen = seen(session);
        String key = digest(request.getParameterMap());
        Instant firstSeen = seen.get(key);
        if (firstSeen == null) {
            if (seen.size() >= REMEMBERED) {
                seen.clear();
            }
            firstSeen = now;
            seen.put(key, firstSeen);
            session.setAttribute(SEEN, seen);
        }
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (CitizenAuthentication.level(current).isEmpty()) {
            return; // not logged in: the login about to happen is fresh
        }
        Instant authTime = IssuedTokenClaims.authenticationTime(current);
        boolean loggedInForThisRequest = !authTime.isBefore(firstSeen);
        boolean tooOld = maxAge != null && authTime.plus(maxAge).isBefore(now);
        if (loggedInForThisRequest) {
            seen.remove(key);
            session.setAttribute(SEEN, seen);
            return;
        }
        if (promptLogin || tooOld) {
            SecurityContextHolder.clearContext();
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
    }

    /** A malformed max_age is left to the endpoint's own checks: no fresh login is forced for it. */
    private static Duration maxAge(String value) {
        if (value == null || !value.matches("\\d{1,9}")) {
            return null;
        }
        return Duration.ofSeconds(Long.parseLong(value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Instant> seen(HttpSession session) {
        Object stored = session.getAttribute(SEEN);
        return stored instanceof Map<?, ?> map ? new HashMap<>((Map<String, Instant>) map) : new HashMap<>();
    }

    /**
     * Of the parameters, not the raw query: the saved request comes back encoded differently and with
     * Spring Security's {@code continue} marker added.
     */
    private static String digest(Map<String, String[]> parameters) {
        StringBuilder canonical = new StringBuilder();
        Map<String, String[]> sorted = new TreeMap<>(parameters);
        sorted.remove("continue");
        sorted.forEach((name, values) -> canonical
                .append(name)
                .append('=')
                .append(String.join("\u0000", values))
                .append('\u0001'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
