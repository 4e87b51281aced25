package vn.hocvuso.nid.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.nid.citizen.AssuranceLevel;
import vn.hocvuso.nid.citizen.Citizen;
import vn.hocvuso.nid.citizen.CitizenStatus;
import vn.hocvuso.nid.citizen.Gender;
import vn.hocvuso.nid.citizen.NationalIdNumber;
import vn.hocvuso.nid.citizen.PersonName;
import vn.hocvuso.nid.citizen.Provinces;

class OneTimeCodesTest {

    static final Provinces PROVINCES = Provinces.official();
    static final LoginProperties LOGIN = new LoginProperties(5, Duration.ofMinutes(15), Duration.ofMinutes(3), 3);
    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    /** Always draws 4242, so that a drawn code is recognisable. */
    static final SecureRandom FOUR_TWO = new SecureRandom() {
        @Override
        public int nextInt(int bound) {
            return 4242;
        }
    };

    @Test
    void whenTheAutomationCitizenLogsInThenHerCodeIsTheFixedOne() {
        OneTimeCodes codes =
                new OneTimeCodes(LOGIN, Optional.of(new OneTimeCodes.FixedCode("001199000005", "246810")), FOUR_TWO);

        OneTimeCodeChallenge challenge = codes.challenge(verified("001199000005", LocalDate.of(1999, 9, 9)));

        assertThat(challenge.code()).isEqualTo("246810");
        assertThat(challenge.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(3)));
        assertThat(challenge.attemptsLeft()).isEqualTo(3);
    }

    @Test
    void whenAnyoneElseLogsInThenTheCodeIsDrawnEvenWhileAFixedCodeIsConfigured() {
        OneTimeCodes codes =
                new OneTimeCodes(LOGIN, Optional.of(new OneTimeCodes.FixedCode("001199000005", "246810")), FOUR_TWO);

        OneTimeCodeChallenge challenge = codes.challenge(verified("001089000001", LocalDate.of(1989, 3, 15)));

        assertThat(challenge.code()).isEqualTo("004242");
    }

    @Test
    void whenNoFixedCodeIsConfiguredThenTheAutomationCitizenDrawsLikeEveryoneElse() {
        OneTimeCodes codes = new OneTimeCodes(LOGIN, Optional.empty(), FOUR_TWO);

        OneTimeCodeChallenge challenge = codes.challenge(verified("001199000005", LocalDate.of(1999, 9, 9)));

        assertThat(challenge.code()).isEqualTo("004242");
    }

    private static LoginOutcome.PasswordVerified verified(String nationalId, LocalDate birthdate) {
        Citizen citizen = new Citizen(
                UUID.randomUUID(),
                "sub-" + nationalId.hashCode(),
                NationalIdNumber.parse(nationalId, PROVINCES),
                new PersonName("Họ", "Tên"),
                birthdate,
                Gender.FEMALE,
                PROVINCES.find("001").orElseThrow(),
                AssuranceLevel.LEVEL_2,
                CitizenStatus.ACTIVE,
                NOW,
                NOW);
        return new LoginOutcome.PasswordVerified(citizen, "throttle", NOW);
    }
}
