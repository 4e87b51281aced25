package vn.hocvuso.auth.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading the claims request parameter (OIDC Core §5.5). */
class ClaimsRequestTest {

    @Test
    void whenBothMembersAreGivenThenEachClaimIsReadWithItsRequest() {
        ClaimsRequest request = ClaimsRequest.parse("""
                {"userinfo": {"name": {"essential": true}, "email": null},
                 "id_token": {"acr": {"values": ["urn:vn:vneid:loa:2", "urn:vn:vneid:loa:1"]},
                              "auth_time": {"essential": true}},
                 "verified_claims": {"whatever": 1}}
                """);

        assertThat(request.userinfo()).containsOnlyKeys("name", "email");
        assertThat(request.userinfo().get("name").essential()).isTrue();
        assertThat(request.userinfo().get("email").essential()).isFalse();
        assertThat(request.acrValues()).contains(List.of("urn:vn:vneid:loa:2", "urn:vn:vneid:loa:1"));
        assertThat(request.scopes()).isEqualTo(Set.of("profile", "email"));
    }

    @Test
    void whenAValueIsGivenThenItIsKept() {
        ClaimsRequest request = ClaimsRequest.parse("{\"id_token\":{\"acr\":{\"value\":\"urn:vn:vneid:loa:1\"}}}");

        assertThat(request.acrValues()).contains(List.of("urn:vn:vneid:loa:1"));
        assertThat(request.userinfo()).isEmpty();
    }

    @Test
    void whenThereIsNoParameterThenNothingIsRequested() {
        assertThat(ClaimsRequest.parse(null)).isEqualTo(ClaimsRequest.NONE);
        assertThat(ClaimsRequest.parse("  ")).isEqualTo(ClaimsRequest.NONE);
        assertThat(ClaimsRequest.parse("{}").scopes()).isEmpty();
    }

    @Test
    void whenUnknownClaimsAreAskedThenTheyCarryNoScope() {
        assertThat(ClaimsRequest.parse("{\"userinfo\":{\"shoe_size\":null,\"phone_number\":null}}")
                        .scopes())
                .containsExactly("phone");
    }

    @Test
    void whenTheValueIsMalformedThenItIsRefused() {
        for (String malformed : List.of(
                "{", "[]", "\"text\"", "{\"userinfo\":[]}", "{\"id_token\":{\"name\":1}}", "{\"userinfo\":\"x\"}")) {
            assertThatThrownBy(() -> ClaimsRequest.parse(malformed))
                    .as(malformed)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void whenTheValueIsHugeThenItIsRefused() {
        String huge = "{\"userinfo\":{\"" + "a".repeat(9000) + "\":null}}";

        assertThatThrownBy(() -> ClaimsRequest.parse(huge)).isInstanceOf(IllegalArgumentException.class);
    }
}
