package vn.hocvuso.nid.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.nid.login.OneTimeCodeChallenge.Verdict;

class OneTimeCodeChallengeTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private final OneTimeCodeChallenge challenge = OneTimeCodeChallenge.issue(
            UUID.randomUUID(), "subject", "key", NOW, Duration.ofMinutes(3), 3, new SecureRandom());

    @Test
    void whenIssuedThenTheCodeHasSixDigits() {
        assertThat(challenge.code()).matches("[0-9]{6}");
        assertThat(challenge.toString()).doesNotContain(challenge.code());
    }

    @Test
    void whenCodesAreIssuedThenTheyVary() {
        Set<String> codes = new HashSet<>();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 50; i++) {
            codes.add(OneTimeCodeChallenge.issue(UUID.randomUUID(), "s", "k", NOW, Duration.ofMinutes(1), 3, random)
                    .code());
        }
        assertThat(codes).hasSizeGreaterThan(40);
    }

    @Test
    void whenTheRightCodeIsEnteredInTimeThenItIsAccepted() {
        assertThat(challenge.check(challenge.code(), NOW.plusSeconds(179))).isEqualTo(Verdict.ACCEPTED);
        assertThat(challenge.check(" " + challenge.code() + " ", NOW)).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void whenTheRightCodeIsEnteredTooLateThenItHasExpired() {
        assertThat(challenge.check(challenge.code(), NOW.plusSeconds(180))).isEqualTo(Verdict.EXPIRED);
    }

    @Test
    void whenWrongCodesAreEnteredThenTheLastAttemptExhaustsTheChallenge() {
        String wrong = challenge.code().equals("000000") ? "000001" : "000000";

        assertThat(challenge.check(wrong, NOW)).isEqualTo(Verdict.WRONG);
        OneTimeCodeChallenge second = challenge.afterWrongCode();
        assertThat(second.attemptsLeft()).isEqualTo(2);
        assertThat(second.check(wrong, NOW)).isEqualTo(Verdict.WRONG);
        OneTimeCodeChallenge third = second.afterWrongCode();
        assertThat(third.check(wrong, NOW)).isEqualTo(Verdict.EXHAUSTED);
        assertThat(third.check(challenge.code(), NOW))
                .as("the right code on the last attempt")
                .isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void whenTheInputIsEmptyOrLongerThenItIsWrong() {
        assertThat(challenge.check("", NOW)).isEqualTo(Verdict.WRONG);
        assertThat(challenge.check(null, NOW)).isEqualTo(Verdict.WRONG);
        assertThat(challenge.check(challenge.code() + "0", NOW)).isEqualTo(Verdict.WRONG);
    }
}
