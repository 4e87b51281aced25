package vn.hocvuso.credential.portal;

import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hocvuso.credential.audit.AccessLogPage;
import vn.hocvuso.credential.audit.CitizenAccessLog;

/**
 * {@code GET /learn/access-log}: who looked at the logged-in learner's status, when, why and what
 * they were told, newest first, {@value #PAGE_SIZE} to a page. Only entries whose subject is the
 * learner's own key are read: nobody sees another person's entries.
 */
@Controller
class AccessLogController {

    static final int PAGE_SIZE = 20;

    private final CitizenAccessLog log;
    private final CurrentLearner learners;
    private final AccessLogWords words;

    AccessLogController(CitizenAccessLog log, CurrentLearner learners, AccessLogWords words) {
        this.log = log;
        this.learners = learners;
        this.words = words;
    }

    @GetMapping("/learn/access-log")
    String accessLog(
            @AuthenticationPrincipal OidcUser user,
            @RequestParam(defaultValue = "1") String page,
            Locale locale,
            Model model) {
        AccessLogPage entries = log.lookedAt(learners.of(user), pageIndex(page), PAGE_SIZE);
        model.addAttribute("page", entries);
        model.addAttribute(
                "rows",
                entries.entries().stream()
                        .map(event -> words.row(event, locale))
                        .toList());
        return "learn/access-log";
    }

    /** The page number as shown (from 1); anything else than a small positive number is the first page. */
    private static int pageIndex(String page) {
        if (!page.matches("[1-9][0-9]{0,5}")) {
            return 0;
        }
        return Integer.parseInt(page) - 1;
    }
}
