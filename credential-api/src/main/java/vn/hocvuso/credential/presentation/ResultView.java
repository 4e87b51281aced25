package vn.hocvuso.credential.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import vn.hocvuso.credential.framework.LocalizedText;
import vn.hocvuso.credential.issuance.ClaimCatalogue;
import vn.hocvuso.credential.verification.CheckResult;
import vn.hocvuso.credential.verification.PresentedCredential;
import vn.hocvuso.credential.verification.Verification;

/**
 * A verification as the result page shows it, in the page's language: the verdict, each check with
 * its reason, and the credential's claims with the labels of the type metadata
 * ({@link ClaimCatalogue}). Only claims present in the presentation appear: nothing the holder did
 * not disclose.
 */
record ResultView(boolean valid, String reason, List<CheckRow> checks, List<ClaimRow> claims) {

    /** One check: its name, whether it passed, and why. */
    record CheckRow(String name, String outcome, String reason) {}

    /** One claim: its label and value; {@code disclosed} when the holder chose to show it. */
    record ClaimRow(String label, String value, boolean disclosed) {}

    static ResultView of(Verification verification, MessageSource messages, Locale locale) {
        List<CheckRow> checks = new ArrayList<>();
        for (CheckResult result : verification.checks()) {
            checks.add(new CheckRow(
                    messages.getMessage(
                            "verify.check." + result.check().code(),
                            null,
                            result.check().code(),
                            locale),
                    result.outcome().code(),
                    reason(result, messages, locale)));
        }
        String reason = verification.checks().stream()
                .filter(result -> result.outcome() == CheckResult.Outcome.FAILED)
                .findFirst()
                .map(result -> reason(result, messages, locale))
                .orElse("");
        List<ClaimRow> claims = verification
                .credential()
                .map(credential -> claims(credential, locale))
                .orElse(List.of());
        return new ResultView(verification.isValid(), reason, checks, claims);
    }

    private static String reason(CheckResult result, MessageSource messages, Locale locale) {
        if (result.outcome() == CheckResult.Outcome.NOT_CHECKED) {
            return messages.getMessage("verify.reason.not_checked", null, result.detail(), locale);
        }
        return messages.getMessage(
                "verify.reason." + result.check().code() + "." + result.reason(), null, result.detail(), locale);
    }

    private static List<ClaimRow> claims(PresentedCredential credential, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        List<ClaimRow> rows = new ArrayList<>();
        for (ClaimCatalogue.Claim claim : ClaimCatalogue.CLAIMS) {
            List<String> values = english ? englishValues(credential.claims(), claim.path()) : List.of();
            if (values.isEmpty()) {
                values = values(credential.claims(), claim.path());
            }
            if (!values.isEmpty()) {
                LocalizedText label = claim.label();
                rows.add(new ClaimRow(
                        label.in(locale),
                        String.join(", ", values),
                        credential.disclosed().contains(claim.path().get(0))));
            }
        }
        return rows;
    }

    /** The achievement's English text lives in {@code achievement.translations.en} (Open Badges 3.0 style). */
    private static List<String> englishValues(Map<String, Object> claims, List<String> path) {
        if (path.size() < 2 || !"achievement".equals(path.get(0))) {
            return List.of();
        }
        List<String> translated = new ArrayList<>(List.of("achievement", "translations", "en"));
        translated.addAll(path.subList(1, path.size()));
        return values(claims, translated);
    }

    /** The values at a claims path pointer (OID4VP 1.0 §7): a null element selects every array element. */
    static List<String> values(Object node, List<String> path) {
        if (path.isEmpty()) {
            if (node == null || node instanceof Map<?, ?> || node instanceof List<?>) {
                return List.of();
            }
            return List.of(String.valueOf(node));
        }
        String head = path.get(0);
        List<String> rest = path.subList(1, path.size());
        if (head == null) {
            if (!(node instanceof List<?> list)) {
                return List.of();
            }
            return list.stream()
                    .flatMap(element -> values(element, rest).stream())
                    .distinct()
                    .toList();
        }
        if (node instanceof Map<?, ?> map && map.containsKey(head)) {
            return values(map.get(head), rest);
        }
        return List.of();
    }

    ResultView {
        Objects.requireNonNull(reason, "reason");
        checks = List.copyOf(checks);
        claims = List.copyOf(claims);
    }
}
