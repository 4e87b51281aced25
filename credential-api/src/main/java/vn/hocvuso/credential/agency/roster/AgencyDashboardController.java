package vn.hocvuso.credential.agency.roster;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hocvuso.credential.agency.Agencies;
import vn.hocvuso.credential.agency.Agency;
import vn.hocvuso.credential.agency.AgencyRateLimiter;
import vn.hocvuso.credential.agency.CompetencyQuestion;

/**
 * The agency's dashboard: completion per unit of one roster against the 2025 and 2026 targets, and
 * the staff not yet certified (the agency uploaded their ID numbers; it sees nothing more). Each
 * view is a roster check, logged for every staff member.
 */
@Controller
class AgencyDashboardController {

    private final Agencies agencies;
    private final Rosters rosters;

    AgencyDashboardController(Agencies agencies, Rosters rosters) {
        this.agencies = agencies;
        this.rosters = rosters;
    }

    @GetMapping("/agency/dashboard")
    String dashboard(
            Principal principal,
            @RequestParam(required = false) String roster,
            @RequestParam(required = false) String purpose,
            Model model,
            HttpServletResponse response) {
        Agency agency = agencies.byId(principal.getName());
        List<String> rosterIds = rosters.rosterIds(agency);
        List<String> purposes = agency.registration().purposes();
        String selected =
                roster != null && rosterIds.contains(roster) ? roster : rosterIds.isEmpty() ? null : rosterIds.get(0);
        String stated = purpose != null && purposes.contains(purpose)
                ? purpose
                : purposes.contains("annual-evaluation") ? "annual-evaluation" : purposes.get(0);
        model.addAttribute("agency", agency.registration());
        model.addAttribute("rosterIds", rosterIds);
        model.addAttribute("selectedRoster", selected);
        model.addAttribute("purposes", purposes);
        model.addAttribute("purpose", stated);
        model.addAttribute("target2025", RosterCompletion.TARGET_2025);
        model.addAttribute("target2026", RosterCompletion.TARGET_2026);
        if (selected != null) {
            try {
                model.addAttribute(
                        "completion", rosters.completion(agency, selected, stated, CompetencyQuestion.ANY, true));
            } catch (AgencyRateLimiter.TooManyRequests e) {
                response.setStatus(429);
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
                model.addAttribute("retryAfter", e.retryAfterSeconds());
            }
        }
        return "agency/dashboard";
    }
}
