package vn.hocvuso.credential.verification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an authentic presentation shows: the credential's content, with only the claims the holder
 * chose to disclose. Technical claims (keys, digests, status reference) are left out.
 *
 * @param issuer the issuer identifier
 * @param vct the credential type
 * @param issuedAt the credential's {@code iat}
 * @param expiresAt the credential's {@code exp}
 * @param claims the content: always-visible claims and the disclosed ones
 * @param disclosed the names of the selectively disclosable claims the holder disclosed
 */
public record PresentedCredential(
        String issuer,
        String vct,
        Optional<Instant> issuedAt,
        Optional<Instant> expiresAt,
        Map<String, Object> claims,
        List<String> disclosed) {

    public PresentedCredential {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(vct, "vct");
        claims = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(claims));
        disclosed = List.copyOf(disclosed);
    }

    @Override
    public String toString() {
        // The claims hold personal data: never in a log line.
        return "PresentedCredential[issuer=" + issuer + ", disclosed=" + disclosed + "]";
    }
}
