package vn.hocvuso.credential.agency;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.framework.Programme;
import vn.hocvuso.credential.framework.ProgrammeCatalog;
import vn.hocvuso.credential.issuance.IssuedCredential;
import vn.hocvuso.credential.issuance.IssuedCredentialStore;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learning.LearningCalendar;
import vn.hocvuso.credential.learning.ProgrammeCompletion;
import vn.hocvuso.credential.learning.ProgrammeCompletions;
import vn.hocvuso.credential.status.CredentialStatus;
import vn.hocvuso.credential.status.CredentialStatuses;

/**
 * Answers whether one person holds the competency asked about. Certified means a completion of a
 * matching programme in the learning records. The certificate is currently valid unless the newest
 * credential issued for that programme is revoked or suspended; a completion with no credential
 * issued yet is valid (the learning record is the source of truth, the credential its proof).
 */
@Component
public class CompetencyLookup {

    private final ProgrammeCatalog catalog;
    private final ProgrammeCompletions completions;
    private final IssuedCredentialStore credentials;
    private final CredentialStatuses statuses;

    public CompetencyLookup(
            ProgrammeCatalog catalog,
            ProgrammeCompletions completions,
            IssuedCredentialStore credentials,
            CredentialStatuses statuses) {
        this.catalog = catalog;
        this.completions = completions;
        this.credentials = credentials;
        this.statuses = statuses;
    }

    public CompetencyAnswer answer(LearnerKey learner, CompetencyQuestion question) {
        List<Match> matches = completions.of(learner).stream()
                .flatMap(completion -> catalog
                        .programme(completion.programmeId())
                        .filter(question::matches)
                        .map(programme -> new Match(programme, completion))
                        .stream())
                .sorted(Comparator.comparing(match -> match.completion().completedAt()))
                .toList();
        if (matches.isEmpty()) {
            return CompetencyAnswer.NOT_CERTIFIED;
        }
        List<IssuedCredential> issued = credentials.ofLearner(learner);
        for (Match match : matches) {
            if (isValid(match.programme().id(), issued)) {
                return match.answer(true);
            }
        }
        return matches.get(0).answer(false);
    }

    private boolean isValid(String programmeId, List<IssuedCredential> issued) {
        Optional<IssuedCredential> newest = issued.stream()
                .filter(credential -> credential.programmeId().equals(programmeId))
                .findFirst(); // ofLearner lists newest first
        return newest.map(credential -> statuses.statusOf(credential.id())
                        .map(status -> status == CredentialStatus.VALID)
                        .orElse(true))
                .orElse(true);
    }

    private record Match(Programme programme, ProgrammeCompletion completion) {
        CompetencyAnswer answer(boolean valid) {
            LocalDate since = LocalDate.ofInstant(completion.completedAt(), LearningCalendar.ZONE);
            return CompetencyAnswer.certified(programme.level(), since, valid);
        }
    }
}
