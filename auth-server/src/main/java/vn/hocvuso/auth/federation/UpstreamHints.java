package vn.hocvuso.auth.federation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import vn.hocvuso.auth.authorize.ReauthenticationFilter;

/**
 * What the pending authorization request passes on to the upstream's authorization request:
 * {@code login_hint} and {@code ui_locales} as the client sent them, {@code max_age}, and
 * {@code prompt=login} when the client asked for a new login ({@code prompt=login} or
 * {@code select_account}) or {@link ReauthenticationFilter} forced one: a single sign-on session at
 * the upstream must not stand in for it. The hints are personal data: never logged.
 */
final class UpstreamHints {

    private UpstreamHints() {}

    static void add(HttpServletRequest request, PendingAuthorization pending, Map<String, Object> upstream) {
        pending.parameter(request, "login_hint").ifPresent(hint -> upstream.put("login_hint", hint));
        pending.parameter(request, "ui_locales").ifPresent(locales -> upstream.put("ui_locales", locales));
        pending.parameter(request, "max_age").ifPresent(maxAge -> upstream.put("max_age", maxAge));
        Set<String> prompt = pending.parameter(request, "prompt")
                .map(value -> Set.of(value.trim().split("\\s+")))
                .orElse(Set.of());
        HttpSession session = request.getSession(false);
        boolean forced = session != null && session.getAttribute(ReauthenticationFilter.FORCED_LOGIN) != null;
        if (forced || prompt.contains("login") || prompt.contains("select_account")) {
            upstream.put("prompt", "login");
        }
    }
}
