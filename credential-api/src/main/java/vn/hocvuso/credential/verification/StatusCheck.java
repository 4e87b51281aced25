package vn.hocvuso.credential.verification;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads the credential's entry in its Token Status List (draft-ietf-oauth-status-list §6.1, §7.1):
 * 0 valid, 1 revoked (invalid), 2 suspended; anything else, a missing reference, or a list that
 * cannot be had fails the check. A verifier that cannot know the status never says valid.
 */
@Component
class StatusCheck {

    private final StatusListCache lists;

    StatusCheck(StatusListCache lists) {
        this.lists = lists;
    }

    CheckResult check(Map<String, Object> payload, String issuer) {
        if (!(payload.get("status") instanceof Map<?, ?> status)
                || !(status.get("status_list") instanceof Map<?, ?> reference)) {
            throw new CheckFailure("missing", "the credential carries no status_list reference");
        }
        if (!(reference.get("idx") instanceof Number idx)
                || idx.doubleValue() != idx.longValue()
                || idx.longValue() < 0
                || !(reference.get("uri") instanceof String uri)) {
            throw new CheckFailure("missing", "the credential's status_list reference has no valid idx and uri");
        }
        int value = lists.list(uri, issuer).entry(idx.longValue());
        return switch (value) {
            case 0 -> CheckResult.passed(Check.STATUS, "valid", "the status list says valid");
            case 1 -> throw new CheckFailure("revoked", "the issuer has revoked the credential");
            case 2 -> throw new CheckFailure("suspended", "the issuer has suspended the credential");
            default ->
                throw new CheckFailure(
                        "unknown_status", "the status list holds the value " + value + ", which is not valid");
        };
    }
}
