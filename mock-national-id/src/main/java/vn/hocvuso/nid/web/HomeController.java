package vn.hocvuso.nid.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.hocvuso.nid.login.CitizenAuthentication;

/** The portal's front page: what this simulator is, and whether the browser is logged in. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        model.addAttribute(
                "level",
                CitizenAuthentication.level(authentication)
                        .map(level -> level.number())
                        .orElse(null));
        return "home";
    }
}
