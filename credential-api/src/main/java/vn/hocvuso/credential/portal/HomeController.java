package vn.hocvuso.credential.portal;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.hocvuso.credential.framework.YamlProgrammeCatalog;

/** The public pages: the home page with the programmes, the login page and the login-error page. */
@Controller
class HomeController {

    private final YamlProgrammeCatalog catalog;

    HomeController(YamlProgrammeCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("programmes", catalog.definitions());
        model.addAttribute("loggedIn", user != null);
        return "index";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Where a failed or refused login lands: says why in words, never with a stack trace. */
    @GetMapping("/login-error")
    String loginError(HttpSession session, Model model) {
        Object error = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        String code = error instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode()
                : "other";
        model.addAttribute("messageKey", LoginErrors.messageKey(code));
        return "login-error";
    }
}
