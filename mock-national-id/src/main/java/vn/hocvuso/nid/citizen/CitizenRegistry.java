package vn.hocvuso.nid.citizen;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The registry's use cases: register a citizen, suspend and reinstate, change the assurance level,
 * find and list. Every rule is checked before anything is stored, so a refused request changes
 * nothing.
 */
@Service
public class CitizenRegistry {

    /** Dates of birth are calendar dates in Vietnam. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static final int MAX_NAME_LENGTH = 100;
    static final int MIN_PASSWORD_LENGTH = 8;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;

    private static final LocalDate EARLIEST_BIRTHDATE = LocalDate.of(1800, 1, 1);

    private final CitizenStore store;
    private final Provinces provinces;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CitizenRegistry(CitizenStore store, Provinces provinces, PasswordEncoder passwordEncoder, Clock clock) {
        this.store = store;
        this.provinces = provinces;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Registers a person; throws naming the first rule broken, storing nothing. */
    public Citizen register(NewCitizen request) {
        NationalIdNumber number = NationalIdNumber.parse(request.nationalId(), provinces);
        Gender gender = parseGender(request.gender());
        LocalDate birthdate = requireBirthdate(request.birthdate());
        number.requireConsistentWith(birthdate, gender);
        PersonName name = new PersonName(
                requireName(request.familyName(), "family name"), requireName(request.givenName(), "given name"));
        Province residence = residence(request.residenceProvinceCode(), number);
        AssuranceLevel level = parseLevel(request.assuranceLevel());
        String passwordHash = passwordEncoder.encode(requirePassword(request.password()));
        Instant now = clock.instant();
        Citizen citizen = new Citizen(
                UUID.randomUUID(),
                newSubject(),
                number,
                name,
                birthdate,
                gender,
                residence,
                level,
                CitizenStatus.ACTIVE,
                now,
                now);
        store.insert(citizen, passwordHash);
        return citizen;
    }

    public Citizen suspend(UUID id) {
        return changeStatus(id, CitizenStatus.SUSPENDED);
    }

    public Citizen reinstate(UUID id) {
        return changeStatus(id, CitizenStatus.ACTIVE);
    }

    public Citizen changeAssuranceLevel(UUID id, int levelNumber) {
        AssuranceLevel level = parseLevel(levelNumber);
        Citizen citizen = find(id);
        Instant now = clock.instant();
        if (!store.updateAssuranceLevel(id, level, now)) {
            throw new CitizenNotFoundException(id);
        }
        return citizen.withAssuranceLevel(level, now);
    }

    public Citizen find(UUID id) {
        return store.findById(id).orElseThrow(() -> new CitizenNotFoundException(id));
    }

    public Optional<Citizen> findBySubject(String subject) {
        return store.findBySubject(subject);
    }

    /** The citizen holding a number, if any; the number must first be well formed. */
    public Optional<Citizen> findByNationalId(String digits) {
        NationalIdNumber.parse(digits, provinces);
        return store.findLoginRecord(digits).map(CitizenStore.LoginRecord::citizen);
    }

    public CitizenPage list(int page, int size) {
        if (page < 0) {
            throw new InvalidCitizenException("page must be 0 or more");
        }
        if (size < 1 || size > CitizenPage.MAX_SIZE) {
            throw new InvalidCitizenException("size must be between 1 and " + CitizenPage.MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidCitizenException("page " + page + " is beyond the last possible page");
        }
        long total = store.count();
        List<Citizen> items = store.list(page * size, size);
        return new CitizenPage(items, page, size, total);
    }

    private Citizen changeStatus(UUID id, CitizenStatus status) {
        Citizen citizen = find(id);
        Instant now = clock.instant();
        if (!store.updateStatus(id, status, now)) {
            throw new CitizenNotFoundException(id);
        }
        return citizen.withStatus(status, now);
    }

    private static Gender parseGender(String value) {
        if (value == null) {
            throw new InvalidCitizenException("gender is missing");
        }
        try {
            return Gender.fromClaimValue(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidCitizenException(e.getMessage());
        }
    }

    private LocalDate requireBirthdate(LocalDate birthdate) {
        if (birthdate == null) {
            throw new InvalidCitizenException("date of birth is missing");
        }
        if (birthdate.isAfter(LocalDate.now(clock.withZone(VIETNAM)))) {
            throw new InvalidCitizenException("date of birth " + birthdate + " is in the future");
        }
        if (birthdate.isBefore(EARLIEST_BIRTHDATE)) {
            throw new InvalidCitizenException("date of birth " + birthdate + " is before 1800");
        }
        return birthdate;
    }

    private static String requireName(String value, String what) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            throw new InvalidCitizenException(what + " is missing");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidCitizenException(what + " is longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidCitizenException(what + " contains control characters");
        }
        return name;
    }

    private Province residence(String code, NationalIdNumber number) {
        if (code == null || code.isBlank()) {
            return provinces.find(number.provinceCode()).orElseThrow();
        }
        return provinces
                .find(code)
                .orElseThrow(() -> new InvalidCitizenException(
                        "residence province code " + code.strip() + " is not in the official list"));
    }

    private static AssuranceLevel parseLevel(int number) {
        try {
            return AssuranceLevel.ofNumber(number);
        } catch (IllegalArgumentException e) {
            throw new InvalidCitizenException(e.getMessage());
        }
    }

    private static String requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidCitizenException("password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidCitizenException("password must not be longer than " + MAX_PASSWORD_BYTES + " bytes");
        }
        return password;
    }

    /** 128 random bits: opaque, stable once stored, and unrelated to the ID number. */
    private String newSubject() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
