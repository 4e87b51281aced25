package vn.hocvuso.credential.presentation;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.hocvuso.credential.offer.QrCodes;

/**
 * The employer's pages, no account needed: choose what to ask for, show the request as a QR code
 * and a same-device link, then the verdict with the checks and the disclosed claims. A request's
 * page lives at an address only the employer's browser was given (a random transaction id); the
 * holder's browser reaches the verdict of a same-device presentation with its response code.
 */
@Controller
class EmployerPageController {

    private static final String TRANSACTION = "[A-Za-z0-9_-]{43}";

    private final PresentationRequests requests;
    private final VerifierIdentity identity;
    private final MessageSource messages;
    private final Clock clock;

    EmployerPageController(
            PresentationRequests requests, VerifierIdentity identity, MessageSource messages, Clock clock) {
        this.requests = requests;
        this.identity = identity;
        this.messages = messages;
        this.clock = clock;
    }

    /** A claim the employer may tick. */
    record ClaimChoice(String name, String labelKey) {}

    /** The request as its page shows it while it waits. */
    record PendingView(String qrCode, String link, long minutesLeft) {}

    @GetMapping(VerifierIdentity.PAGE_PATH)
    String start(Model model) {
        model.addAttribute("verifierName", identity.name());
        model.addAttribute(
                "choices",
                List.of(OptionalClaim.values()).stream()
                        .map(claim -> new ClaimChoice(claim.claimName(), "verify.claim." + claim.claimName()))
                        .toList());
        return "verify/start";
    }

    @PostMapping(VerifierIdentity.PAGE_PATH)
    String create(@RequestParam(name = "claim", required = false) List<String> claims, HttpServletResponse response) {
        List<OptionalClaim> chosen = new ArrayList<>();
        for (String claim : claims == null ? List.<String>of() : claims) {
            // An unknown value is ignored: the form offers only these three.
            OptionalClaim.of(claim).ifPresent(chosen::add);
        }
        PresentationRequests.Created created = requests.create(chosen);
        return "redirect:" + VerifierIdentity.PAGE_PATH + "/" + created.transactionId();
    }

    @GetMapping(VerifierIdentity.PAGE_PATH + "/{transactionId}")
    String request(@PathVariable String transactionId, Model model, Locale locale, HttpServletResponse response) {
        noStore(response);
        Optional<PresentationRequests.View> view =
                transactionId.matches(TRANSACTION) ? requests.byTransaction(transactionId) : Optional.empty();
        if (view.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "verify/unknown";
        }
        model.addAttribute("transactionId", transactionId);
        return render(view.get(), model, locale, true);
    }

    /** For the page's script: reload once the wallet has answered. */
    @GetMapping(VerifierIdentity.PAGE_PATH + "/{transactionId}/status")
    @ResponseBody
    ResponseEntity<Map<String, String>> status(@PathVariable String transactionId) {
        Optional<PresentationRequests.View> view =
                transactionId.matches(TRANSACTION) ? requests.byTransaction(transactionId) : Optional.empty();
        return view.map(found -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .body(Map.of("status", statusOf(found))))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Where the holder's browser lands after a same-device presentation (OID4VP 1.0 §8.2). */
    @GetMapping(VerifierIdentity.PAGE_PATH + "/result")
    String result(
            @RequestParam(name = "response_code", required = false) String responseCode,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        noStore(response);
        Optional<PresentationRequests.View> view = responseCode != null && responseCode.matches(TRANSACTION)
                ? requests.byResponseCode(responseCode)
                : Optional.empty();
        if (view.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "verify/unknown";
        }
        return render(view.get(), model, locale, false);
    }

    private String render(PresentationRequests.View view, Model model, Locale locale, boolean employer) {
        model.addAttribute("verifierName", identity.name());
        model.addAttribute("status", statusOf(view));
        model.addAttribute("employer", employer);
        PresentationRequest request = view.request();
        model.addAttribute(
                "asked",
                request.claims().stream()
                        .map(claim -> "verify.claim." + claim.claimName())
                        .toList());
        if ("pending".equals(statusOf(view)) && employer) {
            String link = identity.authorizationRequest(request.id());
            long seconds =
                    Duration.between(clock.instant(), request.expiresAt()).toSeconds();
            long minutes = Math.max(1, (seconds + 59) / 60);
            model.addAttribute("pending", new PendingView(QrCodes.pngDataUri(link), link, minutes));
        }
        view.verification()
                .ifPresent(verification -> model.addAttribute("result", ResultView.of(verification, messages, locale)));
        return "verify/request";
    }

    private String statusOf(PresentationRequests.View view) {
        PresentationRequest request = view.request();
        if (request.status() == PresentationRequest.Status.PENDING && !request.isOpenAt(clock.instant())) {
            return "expired";
        }
        return request.status().code();
    }

    private static void noStore(HttpServletResponse response) {
        // The page shows personal data once answered, and its address is the employer's secret.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
