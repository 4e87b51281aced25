package vn.hocvuso.credential.issuance;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.hocvuso.credential.framework.ProgrammeCatalog;
import vn.hocvuso.credential.learner.LearnerDirectory;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.status.CredentialStatus;
import vn.hocvuso.credential.status.CredentialStatuses;

/** The learner's own credentials and their status: valid, suspended or revoked. */
@Controller
class LearnerCredentialsController {

    private final LearnerDirectory learners;
    private final IssuedCredentialStore credentials;
    private final CredentialStatuses statuses;
    private final ProgrammeCatalog catalog;

    LearnerCredentialsController(
            LearnerDirectory learners,
            IssuedCredentialStore credentials,
            CredentialStatuses statuses,
            ProgrammeCatalog catalog) {
        this.learners = learners;
        this.credentials = credentials;
        this.statuses = statuses;
        this.catalog = catalog;
    }

    /** One row of the page. */
    record CredentialRow(String id, String programme, String issuedOn, String expiresOn, String status) {}

    @GetMapping("/credentials")
    String credentials(@AuthenticationPrincipal OidcUser user, Model model, Locale locale) {
        Optional<LearnerKey> learner = learners.bySubject(user.getSubject());
        model.addAttribute("knownLearner", learner.isPresent());
        List<CredentialRow> rows = learner.map(key -> credentials.ofLearner(key).stream()
                        .map(credential -> new CredentialRow(
                                credential.id(),
                                catalog.programme(credential.programmeId())
                                        .map(programme -> programme.name().in(locale))
                                        .orElse(credential.programmeId()),
                                day(credential.issuedAt()),
                                day(credential.expiresAt()),
                                statuses.statusOf(credential.id())
                                        .orElse(CredentialStatus.VALID)
                                        .label()))
                        .toList())
                .orElse(List.of());
        model.addAttribute("credentials", rows);
        return "credentials/list";
    }

    private static String day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
