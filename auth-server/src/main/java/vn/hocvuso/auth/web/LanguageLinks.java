package vn.hocvuso.auth.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/** The language switch of every page: the current URL with {@code lang} replaced, other parameters kept. */
@ControllerAdvice
class LanguageLinks {

    @ModelAttribute("languageLinks")
    Links languageLinks(HttpServletRequest request) {
        return new Links(link(request, "vi"), link(request, "en"));
    }

    private static String link(HttpServletRequest request, String language) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            // An error page: switching language reloads nothing that failed.
            return "/login?lang=" + language;
        }
        UriComponents uri = ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("lang", language)
                .build();
        return uri.getPath() + "?" + uri.getQuery();
    }

    record Links(String vietnamese, String english) {}
}
