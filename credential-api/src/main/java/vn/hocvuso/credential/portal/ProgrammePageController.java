package vn.hocvuso.credential.portal;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.hocvuso.credential.framework.Competency;
import vn.hocvuso.credential.framework.ProgrammeDefinition;
import vn.hocvuso.credential.framework.ProgrammeModule;
import vn.hocvuso.credential.framework.YamlProgrammeCatalog;
import vn.hocvuso.credential.learning.JdbcLearningRecords;

/** A programme's public page: what it covers, its modules and pass marks, and the credential it earns. */
@Controller
class ProgrammePageController {

    private final YamlProgrammeCatalog catalog;
    private final JdbcLearningRecords records;
    private final CurrentLearner learners;

    ProgrammePageController(YamlProgrammeCatalog catalog, JdbcLearningRecords records, CurrentLearner learners) {
        this.catalog = catalog;
        this.records = records;
        this.learners = learners;
    }

    /** A module as the programme page lists it. */
    record ModuleSummary(ProgrammeModule module, List<String> competencies, int questions) {}

    @GetMapping("/programmes/{programmeId}")
    String programme(
            @PathVariable String programmeId, @AuthenticationPrincipal OidcUser user, Model model, Locale locale) {
        ProgrammeDefinition programme = catalog.definition(programmeId)
                .orElseThrow(() -> new PortalPageException(HttpStatus.NOT_FOUND, "error.programme.unknown"));
        model.addAttribute("programme", programme);
        model.addAttribute(
                "modules",
                programme.programme().modules().stream()
                        .map(module -> new ModuleSummary(
                                module,
                                competencyNames(module, locale),
                                programme.quiz(module.id()).size()))
                        .toList());
        model.addAttribute("loggedIn", user != null);
        model.addAttribute("enrolled", user != null && records.isEnrolled(learners.of(user), programmeId));
        return "programme";
    }

    private List<String> competencyNames(ProgrammeModule module, Locale locale) {
        return module.competencyIds().stream()
                .map(id -> catalog.competency(id)
                        .map(competency -> label(competency, locale))
                        .orElse(id))
                .toList();
    }

    static String label(Competency competency, Locale locale) {
        return competency.id() + " " + competency.name().in(locale);
    }
}
