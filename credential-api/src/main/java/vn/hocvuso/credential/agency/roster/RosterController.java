package vn.hocvuso.credential.agency.roster;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hocvuso.credential.agency.Agencies;
import vn.hocvuso.credential.agency.Agency;
import vn.hocvuso.credential.agency.AgencyLimits;
import vn.hocvuso.credential.agency.AgencyRequests;
import vn.hocvuso.credential.agency.CompetencyQuestion;
import vn.hocvuso.credential.config.ProblemDetailsApi;
import vn.hocvuso.credential.framework.ProgrammeCatalog;
import vn.hocvuso.credential.learning.LearningCalendar;

/** Agencies' rosters: upload (JSON or CSV, replaces the roster) and completion per unit (JSON, no ID numbers). */
@RestController
@ProblemDetailsApi
@RequestMapping("/api/v1/agency/rosters")
class RosterController {

    private final Agencies agencies;
    private final Rosters rosters;
    private final ProgrammeCatalog catalog;
    private final AgencyLimits limits;
    private final java.time.Clock clock;

    RosterController(
            Agencies agencies, Rosters rosters, ProgrammeCatalog catalog, AgencyLimits limits, java.time.Clock clock) {
        this.agencies = agencies;
        this.rosters = rosters;
        this.catalog = catalog;
        this.limits = limits;
        this.clock = clock;
    }

    @PutMapping(path = "/{rosterId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> putJson(
            @AuthenticationPrincipal Jwt token, @PathVariable String rosterId, HttpServletRequest request)
            throws IOException {
        Agency agency = agencies.caller(token);
        String id = rosterId(rosterId);
        String body = AgencyRequests.body(request, limits.maxRequestSize().toBytes());
        return register(agency, id, RosterParser.json(body, limits.maxRosterSize(), LearningCalendar.today(clock)));
    }

    @PutMapping(path = "/{rosterId}", consumes = "text/csv")
    Map<String, Object> putCsv(
            @AuthenticationPrincipal Jwt token, @PathVariable String rosterId, HttpServletRequest request)
            throws IOException {
        Agency agency = agencies.caller(token);
        String id = rosterId(rosterId);
        String body = AgencyRequests.body(request, limits.maxRequestSize().toBytes());
        return register(agency, id, RosterParser.csv(body, limits.maxRosterSize(), LearningCalendar.today(clock)));
    }

    @GetMapping(path = "/{rosterId}/completion", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> completion(
            @AuthenticationPrincipal Jwt token,
            @PathVariable String rosterId,
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String level) {
        Agency agency = agencies.caller(token);
        String id = rosterId(rosterId);
        String stated = AgencyRequests.purpose(purpose);
        CompetencyQuestion question = AgencyRequests.question(programme, level, catalog, false);
        RosterCompletion completion = rosters.completion(agency, id, stated, question, false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rosterId", completion.rosterId());
        body.put("staff", completion.staff());
        body.put("certified", completion.certified());
        body.put("ratePercent", completion.ratePercent());
        body.put(
                "targets",
                targets(
                        completion.meets(RosterCompletion.TARGET_2025),
                        completion.meets(RosterCompletion.TARGET_2026)));
        body.put(
                "units",
                completion.units().stream()
                        .map(unit -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("id", unit.id());
                            row.put("name", unit.name());
                            row.put("staff", unit.staff());
                            row.put("certified", unit.certified());
                            row.put("ratePercent", unit.ratePercent());
                            row.put(
                                    "targets",
                                    targets(
                                            unit.meets(RosterCompletion.TARGET_2025),
                                            unit.meets(RosterCompletion.TARGET_2026)));
                            return row;
                        })
                        .toList());
        return body;
    }

    private Map<String, Object> register(Agency agency, String rosterId, RosterUpload upload) {
        rosters.register(agency, rosterId, upload);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rosterId", rosterId);
        body.put("units", upload.units().size());
        body.put("staff", upload.staffCount());
        return body;
    }

    private static List<Map<String, Object>> targets(boolean meets2025, boolean meets2026) {
        return List.of(
                target(2025, RosterCompletion.TARGET_2025, meets2025),
                target(2026, RosterCompletion.TARGET_2026, meets2026));
    }

    private static Map<String, Object> target(int year, int percent, boolean met) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("year", year);
        target.put("percent", percent);
        target.put("met", met);
        return target;
    }

    private static String rosterId(String rosterId) {
        if (!rosterId.matches(RosterParser.ID_PATTERN)) {
            throw AgencyRequests.malformed("a roster id is 1 to 64 letters, digits, '-' or '_'");
        }
        return rosterId;
    }
}
