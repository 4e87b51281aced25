package vn.hocvuso.credential.verification;

import com.authlete.sd.Disclosure;
import com.authlete.sd.SDJWT;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.SignedJWT;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Verifies an SD-JWT VC presentation: every check of {@link Check}, each reported on its own.
 * Nothing about the credential is believed before its issuer's signature is: when that fails, the
 * checks that read the payload are not run. The verdict is valid only when every check passed.
 * The credential's content is returned only with a valid verdict.
 * Bad input never throws: it fails a check.
 */
@Service
public class VerifyPresentation {

    /** {@code credentials_presentations_verified_total}: one per presentation, by verdict. */
    public static final String VERIFIED = "credentials.presentations.verified";

    /** SD-JWT VC §3.2.1. */
    static final JOSEObjectType SD_JWT_VC = new JOSEObjectType("dc+sd-jwt");

    /** The longest presentation looked at; an SD-JWT VC of ours is a few kilobytes. */
    static final int MAX_LENGTH = 64 * 1024;

    /** Claims that are protocol, not content: never shown. */
    private static final Set<String> TECHNICAL =
            Set.of("iss", "iat", "exp", "nbf", "vct", "vct#integrity", "cnf", "status", "_sd", "_sd_alg", "sub");

    private final IssuerTrust trust;
    private final StatusCheck status;
    private final VerifierProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    public VerifyPresentation(
            IssuerTrust trust, StatusCheck status, VerifierProperties properties, Clock clock, MeterRegistry meters) {
        this.trust = trust;
        this.status = status;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    public Verification verify(String presentation, Expectations expected) {
        Verification verification = check(presentation, expected);
        Counter.builder(VERIFIED)
                .description("Presentations verified, by verdict")
                .tag("verdict", verification.verdict().code())
                .register(meters)
                .increment();
        return verification;
    }

    private Verification check(String presentation, Expectations expected) {
        Instant now = clock.instant();
        Map<Check, CheckResult> results = new EnumMap<>(Check.class);
        Parsed parsed;
        try {
            parsed = parse(presentation);
            results.put(Check.FORMAT, CheckResult.passed(Check.FORMAT, "sd_jwt_kb", "an SD-JWT with its parts"));
        } catch (CheckFailure failure) {
            results.put(Check.FORMAT, CheckResult.failed(Check.FORMAT, failure));
            return finish(results, Optional.empty());
        }
        String issuer;
        try {
            issuer = checkIssuer(parsed);
            IssuerTrust.Trusted trusted = trust.verify(parsed.jwt(), issuer, now);
            results.put(Check.ISSUER, CheckResult.passed(Check.ISSUER, trusted.reason(), trusted.detail()));
        } catch (CheckFailure failure) {
            results.put(Check.ISSUER, CheckResult.failed(Check.ISSUER, failure));
            return finish(results, Optional.empty());
        }
        Map<String, Object> payload = parsed.payload();
        run(results, Check.VCT, () -> vct(payload, expected));
        run(results, Check.VALIDITY, () -> validity(payload, now));
        Map<String, Object> decoded = run(
                        results,
                        Check.DISCLOSURES,
                        () -> DisclosureCheck.decode(payload, parsed.sdJwt().getDisclosures()))
                .orElse(null);
        run(
                results,
                Check.KEY_BINDING,
                () -> KeyBindingCheck.check(
                        parsed.sdJwt(), payload, expected, now, properties.keyBindingMaxAge(), properties.clockSkew()));
        List<String> disclosed = topLevelNames(parsed.sdJwt().getDisclosures());
        run(results, Check.CLAIMS, () -> claims(disclosed, expected));
        run(results, Check.STATUS, () -> status.check(payload, issuer));
        // The content is shown only with a valid verdict: an employer has no use for the personal
        // data of a stolen, altered, expired or revoked credential.
        boolean valid = results.values().stream().allMatch(CheckResult::passed);
        Optional<PresentedCredential> credential = valid && decoded != null
                ? Optional.of(credential(issuer, payload, decoded, disclosed))
                : Optional.empty();
        return finish(results, credential);
    }

    private record Parsed(SDJWT sdJwt, SignedJWT jwt, Map<String, Object> payload) {}

    private static Parsed parse(String presentation) {
        if (presentation == null || presentation.isEmpty()) {
            throw new CheckFailure("malformed", "the presentation is empty");
        }
        if (presentation.length() > MAX_LENGTH) {
            throw new CheckFailure("malformed", "the presentation is longer than " + MAX_LENGTH + " characters");
        }
        if (presentation.indexOf('~') < 0) {
            throw new CheckFailure("malformed", "the presentation is not an SD-JWT (no ~ separator)");
        }
        SDJWT sdJwt;
        try {
            sdJwt = SDJWT.parse(presentation);
        } catch (RuntimeException e) {
            // authlete refuses empty parts and disclosures that are not base64url JSON arrays.
            throw new CheckFailure("malformed", "the presentation is not an SD-JWT: its disclosures do not parse");
        }
        if (!Base64UrlSegments.canonical(sdJwt.getCredentialJwt())) {
            // Also what an unsigned JWT (alg none, empty signature) fails first.
            throw new CheckFailure("malformed", "the issuer-signed part is not a JWT in canonical base64url");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(sdJwt.getCredentialJwt());
        } catch (ParseException e) {
            // An unsigned JWT (alg none) is not a JWS: it ends here.
            throw new CheckFailure("malformed", "the issuer-signed part is not a signed JWT");
        }
        Map<String, Object> payload = jwt.getPayload().toJSONObject();
        if (payload == null) {
            throw new CheckFailure("malformed", "the issuer-signed part's payload is not a JSON object");
        }
        return new Parsed(sdJwt, jwt, payload);
    }

    private static String checkIssuer(Parsed parsed) {
        if (!SD_JWT_VC.equals(parsed.jwt().getHeader().getType())) {
            throw new CheckFailure("wrong_type", "the credential's typ is not dc+sd-jwt");
        }
        return Claims.string(parsed.payload(), "iss")
                .orElseThrow(() -> new CheckFailure("untrusted_issuer", "the credential has no iss"));
    }

    private static CheckResult vct(Map<String, Object> payload, Expectations expected) {
        Object vct = payload.get("vct");
        if (!expected.vct().equals(vct)) {
            throw new CheckFailure("wrong_vct", "the credential's vct is not " + expected.vct());
        }
        return CheckResult.passed(Check.VCT, "expected", "the credential is of type " + expected.vct());
    }

    private CheckResult validity(Map<String, Object> payload, Instant now) {
        Instant expires = Claims.instant(payload, "exp", "malformed")
                .orElseThrow(() -> new CheckFailure("no_expiry", "the credential has no exp"));
        if (!now.isBefore(expires.plus(properties.clockSkew()))) {
            throw new CheckFailure("expired", "the credential expired at " + expires);
        }
        Optional<Instant> notBefore = Claims.instant(payload, "nbf", "malformed");
        if (notBefore.isPresent() && notBefore.get().isAfter(now.plus(properties.clockSkew()))) {
            throw new CheckFailure("not_yet_valid", "the credential is not valid before " + notBefore.get());
        }
        Optional<Instant> issuedAt = Claims.instant(payload, "iat", "malformed");
        if (issuedAt.isPresent() && issuedAt.get().isAfter(now.plus(properties.clockSkew()))) {
            throw new CheckFailure("not_yet_valid", "the credential's iat is in the future");
        }
        return CheckResult.passed(Check.VALIDITY, "current", "the credential is valid until " + expires);
    }

    private static CheckResult claims(List<String> disclosed, Expectations expected) {
        List<String> missing = expected.requiredClaims().stream()
                .filter(claim -> !disclosed.contains(claim))
                .toList();
        if (!missing.isEmpty()) {
            throw new CheckFailure(
                    "missing_claims", "the holder did not disclose what the request asked for: " + missing);
        }
        return CheckResult.passed(Check.CLAIMS, "complete", "every requested claim is disclosed");
    }

    private static List<String> topLevelNames(List<Disclosure> disclosures) {
        return disclosures.stream()
                .map(Disclosure::getClaimName)
                .filter(name -> name != null)
                .distinct()
                .toList();
    }

    private static PresentedCredential credential(
            String issuer, Map<String, Object> payload, Map<String, Object> decoded, List<String> disclosed) {
        Map<String, Object> content = new LinkedHashMap<>();
        decoded.forEach((name, value) -> {
            if (!TECHNICAL.contains(name)) {
                content.put(name, value);
            }
        });
        return new PresentedCredential(
                issuer,
                String.valueOf(payload.get("vct")),
                safeInstant(payload, "iat"),
                safeInstant(payload, "exp"),
                content,
                disclosed.stream().filter(content::containsKey).toList());
    }

    private static Optional<Instant> safeInstant(Map<String, Object> payload, String name) {
        try {
            return Claims.instant(payload, name, "malformed");
        } catch (CheckFailure e) {
            return Optional.empty();
        }
    }

    /** Runs one check; its failure is recorded and the next check runs. */
    private static <T> Optional<T> run(Map<Check, CheckResult> results, Check check, CheckStep<T> step) {
        try {
            T value = step.run();
            results.put(
                    check,
                    value instanceof CheckResult result
                            ? result
                            : CheckResult.passed(check, "verified", "every disclosure belongs to this credential"));
            return Optional.ofNullable(value);
        } catch (CheckFailure failure) {
            results.put(check, CheckResult.failed(check, failure));
            return Optional.empty();
        }
    }

    @FunctionalInterface
    private interface CheckStep<T> {
        T run();
    }

    private static Verification finish(Map<Check, CheckResult> results, Optional<PresentedCredential> credential) {
        List<CheckResult> all = new ArrayList<>();
        for (Check check : Check.values()) {
            all.add(results.getOrDefault(check, CheckResult.notChecked(check)));
        }
        Verdict verdict = all.stream().allMatch(CheckResult::passed) ? Verdict.VALID : Verdict.INVALID;
        return new Verification(verdict, all, credential);
    }
}
