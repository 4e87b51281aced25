package vn.hocvuso.credential.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.hocvuso.credential.assessment.AssessmentRefusedException;

/** Refusals on portal pages become readable pages in the learner's language, with a way back. */
@ControllerAdvice(basePackageClasses = PortalErrorAdvice.class)
@Order(0) // before the app-wide problem advice, which passes page errors on to the error page
class PortalErrorAdvice {

    private final PortalDates dates;

    PortalErrorAdvice(PortalDates dates) {
        this.dates = dates;
    }

    @ExceptionHandler(PortalPageException.class)
    String page(PortalPageException exception, Model model, HttpServletResponse response) {
        response.setStatus(exception.status().value());
        model.addAttribute("status", exception.status().value());
        model.addAttribute("messageKey", exception.messageKey());
        return "refused";
    }

    @ExceptionHandler(AssessmentRefusedException.class)
    String assessment(AssessmentRefusedException exception, Model model, HttpServletResponse response, Locale locale) {
        HttpStatus status = switch (exception.reason()) {
            case UNKNOWN_MODULE -> HttpStatus.NOT_FOUND;
            case UNKNOWN_ANSWER -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.CONFLICT;
        };
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute(
                "messageKey", "assessment.refused." + exception.reason().name().toLowerCase(Locale.ROOT));
        exception.notBefore().ifPresent(time -> model.addAttribute("notBefore", dates.dateTime(time, locale)));
        return "refused";
    }

    /** A session whose login lacks the national ID or profile claims cannot use the portal. */
    @ExceptionHandler(OAuth2AuthenticationException.class)
    String login(OAuth2AuthenticationException exception, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("status", HttpStatus.FORBIDDEN.value());
        model.addAttribute(
                "messageKey", LoginErrors.messageKey(exception.getError().getErrorCode()));
        return "refused";
    }
}
