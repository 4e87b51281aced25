package vn.hocvuso.nid.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.core.Authentication;
import vn.hocvuso.nid.citizen.AssuranceLevel;
import vn.hocvuso.nid.login.CitizenAuthentication;

class AuthenticationRequirementsTest {

    @ParameterizedTest(name = "[{0}] requires {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "urn:vn:vneid:loa:2|2",
                "urn:vn:vneid:loa:1|1",
                "urn:vn:vneid:loa:2 urn:vn:vneid:loa:1|1",
                "urn:other:acr urn:vn:vneid:loa:2|2",
                "  urn:vn:vneid:loa:2  |2"
            })
    void whenAcrValuesNameOurLevelsThenTheLowestListedIsRequired(String acrValues, int level) {
        assertThat(AuthenticationRequirements.requiredLevel(acrValues)).contains(AssuranceLevel.ofNumber(level));
    }

    @Test
    void whenAcrValuesAreAbsentOrUnknownThenNothingIsRequired() {
        assertThat(AuthenticationRequirements.requiredLevel(null)).isEmpty();
        assertThat(AuthenticationRequirements.requiredLevel(" ")).isEmpty();
        assertThat(AuthenticationRequirements.requiredLevel("urn:other:acr")).isEmpty();
    }

    @Test
    void whenALoginHasTwoFactorsThenItIsLevelTwoWithPwdOtpMfaAndTheLaterFactorIsTheAuthTime() {
        Instant password = Instant.parse("2026-03-01T08:00:00Z");
        Instant code = password.plusSeconds(30);

        Authentication twoFactors = CitizenAuthentication.withPasswordAndCode("sub", password, code);
        Authentication onlyPassword = CitizenAuthentication.withPassword("sub", password);

        assertThat(CitizenAuthentication.level(twoFactors)).contains(AssuranceLevel.LEVEL_2);
        assertThat(CitizenAuthentication.methods(twoFactors)).containsExactly("pwd", "otp", "mfa");
        assertThat(IssuedTokenClaims.authenticationTime(twoFactors)).isEqualTo(code);
        assertThat(CitizenAuthentication.level(onlyPassword)).contains(AssuranceLevel.LEVEL_1);
        assertThat(CitizenAuthentication.methods(onlyPassword)).containsExactly("pwd");
        assertThat(IssuedTokenClaims.authenticationTime(onlyPassword)).isEqualTo(password);
        assertThat(twoFactors.getName()).isEqualTo("sub");
    }
}
