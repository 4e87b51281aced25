package vn.hocvuso.nid.login;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import vn.hocvuso.nid.citizen.CitizenStore;
import vn.hocvuso.nid.citizen.NationalIdNumber;
import vn.hocvuso.nid.citizen.PersonalDataProtector;

/**
 * The first login step: the ID number and the password. Unknown numbers and wrong passwords get the
 * same answer after the same work (a password hash is checked either way), and both count towards
 * the lock of that number, so that neither the answer, its timing nor the lock reveals an account.
 */
@Service
public class PasswordLogin {

    /** bcrypt reads at most 72 bytes; longer input is refused as a wrong password. */
    private static final int MAX_PASSWORD_BYTES = 72;

    private final CitizenStore citizens;
    private final LoginThrottle throttle;
    private final PersonalDataProtector protector;
    private final PasswordEncoder passwordEncoder;
    private final LoginProperties properties;
    private final Clock clock;
    private final String decoyHash;

    public PasswordLogin(
            CitizenStore citizens,
            LoginThrottle throttle,
            PersonalDataProtector protector,
            PasswordEncoder passwordEncoder,
            LoginProperties properties,
            Clock clock) {
        this.citizens = citizens;
        this.throttle = throttle;
        this.protector = protector;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
        this.decoyHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    public LoginOutcome attempt(String nationalId, String password) {
        if (!NationalIdNumber.hasTwelveDigits(nationalId)) {
            return new LoginOutcome.MalformedNumber();
        }
        Instant now = clock.instant();
        String key = protector.lookupHash(nationalId);
        Optional<Instant> locked = throttle.lockedUntil(key, now);
        if (locked.isPresent()) {
            return new LoginOutcome.Locked(locked.get());
        }
        Optional<CitizenStore.LoginRecord> record = citizens.findLoginRecord(nationalId);
        String hash = record.map(CitizenStore.LoginRecord::passwordHash).orElse(decoyHash);
        boolean matches = passwordMatches(password, hash) && record.isPresent();
        if (!matches) {
            return throttle.recordFailure(key, now, properties.maxFailedAttempts(), properties.lockoutDuration())
                    .<LoginOutcome>map(LoginOutcome.Locked::new)
                    .orElseGet(LoginOutcome.InvalidCredentials::new);
        }
        throttle.clear(key);
        if (!record.get().citizen().isActive()) {
            return new LoginOutcome.Suspended();
        }
        return new LoginOutcome.PasswordVerified(record.get().citizen(), key, now);
    }

    /** Counts a failed second step (every one-time code wrong) like a wrong password. */
    public Optional<Instant> recordFailedSecondStep(String throttleKey) {
        return throttle.recordFailure(
                throttleKey, clock.instant(), properties.maxFailedAttempts(), properties.lockoutDuration());
    }

    private boolean passwordMatches(String password, String hash) {
        boolean usable = password != null
                && !password.isEmpty()
                && password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
        // Check a hash even for unusable input, so that every refusal costs the same time.
        boolean matches = passwordEncoder.matches(usable ? password : "-", hash);
        return usable && matches;
    }
}
