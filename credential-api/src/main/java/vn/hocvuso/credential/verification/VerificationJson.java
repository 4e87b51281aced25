package vn.hocvuso.credential.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link Verification} as JSON: what the verification API answers, and what a presentation
 * request keeps (encrypted) for the employer's page.
 */
public final class VerificationJson {

    private VerificationJson() {}

    public static Map<String, Object> toJson(Verification verification) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("verdict", verification.verdict().code());
        verification.failureReason().ifPresent(reason -> json.put("reason", reason));
        List<Map<String, Object>> checks = new ArrayList<>();
        for (CheckResult result : verification.checks()) {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("check", result.check().code());
            check.put("result", result.outcome().code());
            check.put("reason", result.reason());
            check.put("detail", result.detail());
            checks.add(check);
        }
        json.put("checks", checks);
        verification.credential().ifPresent(credential -> json.put("credential", credential(credential)));
        return json;
    }

    private static Map<String, Object> credential(PresentedCredential credential) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issuer", credential.issuer());
        json.put("vct", credential.vct());
        credential.issuedAt().ifPresent(at -> json.put("issuedAt", at.toString()));
        credential.expiresAt().ifPresent(at -> json.put("expiresAt", at.toString()));
        json.put("disclosed", credential.disclosed());
        json.put("claims", credential.claims());
        return json;
    }

    /** Reads back what {@link #toJson} wrote. */
    @SuppressWarnings("unchecked")
    public static Verification fromJson(Map<String, Object> json) {
        List<CheckResult> checks = new ArrayList<>();
        for (Map<String, Object> check : (List<Map<String, Object>>) json.get("checks")) {
            checks.add(new CheckResult(
                    check((String) check.get("check")),
                    CheckResult.Outcome.valueOf(((String) check.get("result")).toUpperCase(java.util.Locale.ROOT)),
                    (String) check.get("reason"),
                    (String) check.get("detail")));
        }
        Optional<PresentedCredential> credential = Optional.ofNullable((Map<String, Object>) json.get("credential"))
                .map(map -> new PresentedCredential(
                        (String) map.get("issuer"),
                        (String) map.get("vct"),
                        Optional.ofNullable((String) map.get("issuedAt")).map(Instant::parse),
                        Optional.ofNullable((String) map.get("expiresAt")).map(Instant::parse),
                        (Map<String, Object>) map.get("claims"),
                        (List<String>) map.get("disclosed")));
        return new Verification(
                Verdict.valueOf(((String) json.get("verdict")).toUpperCase(java.util.Locale.ROOT)), checks, credential);
    }

    private static Check check(String code) {
        for (Check check : Check.values()) {
            if (check.code().equals(code)) {
                return check;
            }
        }
        throw new IllegalArgumentException("no check " + code);
    }
}
