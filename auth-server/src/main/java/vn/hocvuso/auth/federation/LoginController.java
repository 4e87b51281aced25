package vn.hocvuso.auth.federation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hocvuso.auth.client.RelyingParty;

/** The login page, with one way in (the national identity), and the page a failed login ends on. */
@Controller
class LoginController {

    private final PendingAuthorization pending;

    LoginController(PendingAuthorization pending) {
        this.pending = pending;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        pending.client(request).map(RelyingParty::name).ifPresent(name -> model.addAttribute("clientName", name));
        model.addAttribute("startPath", UpstreamAuthorizationRequestResolver.START_PATH);
        return "login";
    }

    @GetMapping("/logged-out")
    String loggedOut() {
        return "logged-out";
    }

    @GetMapping("/login/failed")
    String failed(
            @RequestParam(name = "reason", required = false) String key, HttpServletResponse response, Model model) {
        LoginFailureReason reason = LoginFailureReason.ofKey(key).orElse(LoginFailureReason.INVALID_RESPONSE);
        response.setStatus(reason.status().value());
        model.addAttribute("reason", reason.key());
        model.addAttribute("startPath", UpstreamAuthorizationRequestResolver.START_PATH);
        return "login-failed";
    }
}
