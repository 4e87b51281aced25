package vn.hocvuso.credential.verification;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Reads JWT claims whose type is not guaranteed: the input comes from elsewhere. */
final class Claims {

    private Claims() {}

    /** A NumericDate claim (RFC 7519 §2), or empty when absent; {@link CheckFailure} when it is not a number. */
    static Optional<Instant> instant(Map<String, Object> claims, String name, String reason) {
        Object value = claims.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Number number)) {
            throw new CheckFailure(reason, "the " + name + " claim is not a number");
        }
        try {
            return Optional.of(Instant.ofEpochSecond(number.longValue()));
        } catch (DateTimeException e) {
            throw new CheckFailure(reason, "the " + name + " claim is out of range");
        }
    }

    static Optional<String> string(Map<String, Object> claims, String name) {
        return claims.get(name) instanceof String value ? Optional.of(value) : Optional.empty();
    }
}
