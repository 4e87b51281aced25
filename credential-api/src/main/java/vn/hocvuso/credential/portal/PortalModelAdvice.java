package vn.hocvuso.credential.portal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every portal page's header needs: whether someone is logged in. */
@ControllerAdvice(basePackageClasses = PortalModelAdvice.class)
class PortalModelAdvice {

    @ModelAttribute("signedIn")
    boolean signedIn(@AuthenticationPrincipal OidcUser user) {
        return user != null;
    }
}
