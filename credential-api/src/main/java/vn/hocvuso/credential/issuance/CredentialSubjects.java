package vn.hocvuso.credential.issuance;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.hocvuso.credential.framework.Competency;
import vn.hocvuso.credential.framework.Programme;
import vn.hocvuso.credential.framework.ProgrammeCatalog;
import vn.hocvuso.credential.learner.LearnerDirectory;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learner.LearnerProfile;
import vn.hocvuso.credential.learning.ProgrammeCompletion;
import vn.hocvuso.credential.learning.ProgrammeCompletions;

/**
 * Decides whether a grant's learner may have a credential and, if so, what it says: only a
 * completed programme earns one.
 */
@Service
public class CredentialSubjects {

    private final LearnerDirectory learners;
    private final ProgrammeCompletions completions;
    private final ProgrammeCatalog catalog;

    public CredentialSubjects(LearnerDirectory learners, ProgrammeCompletions completions, ProgrammeCatalog catalog) {
        this.learners = learners;
        this.completions = completions;
        this.catalog = catalog;
    }

    /** The subject of a credential for {@code grant}, or {@code credential_request_denied}. */
    public CredentialSubject resolve(WalletGrant grant) {
        LearnerProfile profile = learners.profile(grant.learner())
                .orElseThrow(() -> CredentialError.denied("the learner is not known here; log in to the portal first"));
        ProgrammeCompletion completion = completion(grant.learner(), grant.programmeId())
                .orElseThrow(() -> CredentialError.denied("the learner has not completed the programme"));
        Programme programme = catalog.programme(completion.programmeId())
                .orElseThrow(() -> CredentialError.denied("the completed programme is no longer offered"));
        return new CredentialSubject(
                profile,
                programme,
                completion,
                competencies(programme),
                grant.assuranceLevel().orElse(profile.assuranceLevel()));
    }

    /** The completions that can be offered as credentials now, newest first. */
    public List<ProgrammeCompletion> completedProgrammes(LearnerKey learner) {
        return completions.of(learner).stream()
                .filter(completion ->
                        catalog.programme(completion.programmeId()).isPresent())
                .sorted(Comparator.comparing(ProgrammeCompletion::completedAt).reversed())
                .toList();
    }

    private Optional<ProgrammeCompletion> completion(LearnerKey learner, Optional<String> programmeId) {
        if (programmeId.isPresent()) {
            return completions.find(learner, programmeId.get());
        }
        // A token from auth-server names no programme: the latest completion is the one to attest.
        return completedProgrammes(learner).stream().findFirst();
    }

    private List<Competency> competencies(Programme programme) {
        return programme.modules().stream()
                .flatMap(module -> module.competencyIds().stream())
                .distinct()
                .map(catalog::competency)
                .flatMap(Optional::stream)
                .filter(Objects::nonNull)
                .toList();
    }
}
