package vn.hocvuso.credential.offer;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hocvuso.credential.framework.ProgrammeCatalog;
import vn.hocvuso.credential.issuance.CredentialSubjects;
import vn.hocvuso.credential.learner.LearnerDirectory;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learner.LearnerProfile;

/**
 * The learner's "certificate ready" page: for each completed programme, a button that makes a
 * credential offer, then shows it as a QR code and a same-device link, with the transaction code
 * apart from them.
 */
@Controller
class CredentialOfferPageController {

    private final LearnerDirectory learners;
    private final CredentialSubjects subjects;
    private final ProgrammeCatalog catalog;
    private final CredentialOffers offers;

    CredentialOfferPageController(
            LearnerDirectory learners, CredentialSubjects subjects, ProgrammeCatalog catalog, CredentialOffers offers) {
        this.learners = learners;
        this.subjects = subjects;
        this.catalog = catalog;
        this.offers = offers;
    }

    /** A completed programme the page can offer. */
    record ReadyProgramme(String id, String name) {}

    /** The offer as the page shows it. */
    record OfferView(String programmeName, String qrCode, String deepLink, String txCode, long minutesLeft) {}

    @GetMapping("/credentials/offer")
    String page(@AuthenticationPrincipal OidcUser user, Model model, Locale locale) {
        return render(user, model, locale, Optional.empty());
    }

    @PostMapping("/credentials/offer")
    String offer(
            @AuthenticationPrincipal OidcUser user,
            @RequestParam("programme") String programmeId,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        // The transaction code is shown once and stored only as a hash: never cache this page.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Optional<LearnerKey> learner = learners.bySubject(user.getSubject());
        if (learner.isEmpty()) {
            return render(user, model, locale, Optional.empty());
        }
        try {
            CredentialOffers.CreatedOffer created =
                    offers.create(learner.get(), programmeId, assuranceLevel(user, learner.get()));
            String name = catalog.programme(programmeId)
                    .map(programme -> programme.name().in(locale))
                    .orElse(programmeId);
            long minutes = Math.max(
                    1, Duration.between(Instant.now(), created.expiresAt()).toMinutes());
            return render(
                    user,
                    model,
                    locale,
                    Optional.of(new OfferView(
                            name,
                            QrCodes.pngDataUri(created.deepLink()),
                            created.deepLink(),
                            created.txCode(),
                            minutes)));
        } catch (CredentialOffers.NotEligible e) {
            model.addAttribute("notEligible", true);
            return render(user, model, locale, Optional.empty());
        }
    }

    private String render(OidcUser user, Model model, Locale locale, Optional<OfferView> offer) {
        Optional<LearnerKey> learner = learners.bySubject(user.getSubject());
        model.addAttribute("knownLearner", learner.isPresent());
        List<ReadyProgramme> ready = learner.map(key -> subjects.completedProgrammes(key).stream()
                        .flatMap(completion -> catalog.programme(completion.programmeId()).stream())
                        .map(programme -> new ReadyProgramme(
                                programme.id(), programme.name().in(locale)))
                        .toList())
                .orElse(List.of());
        model.addAttribute("programmes", ready);
        offer.ifPresent(view -> model.addAttribute("offer", view));
        return "credentials/offer";
    }

    /** The acr of the portal login, or the one recorded for the learner when the ID token has none. */
    private String assuranceLevel(OidcUser user, LearnerKey learner) {
        String acr = user.getClaimAsString("acr");
        if (acr != null && !acr.isBlank()) {
            return acr;
        }
        return learners.profile(learner).map(LearnerProfile::assuranceLevel).orElse("unknown");
    }
}
