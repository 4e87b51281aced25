package vn.hocvuso.credential.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/** The logged-in learner travels between instances in the session table, by Java serialization. */
class LearnerOidcUserTest {

    static final Instant ISSUED = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void whenTheLoginIsKeptInTheSessionTableThenItComesBackWithItsClaims() throws Exception {
        OidcIdToken idToken = new OidcIdToken(
                "header.payload.signature",
                ISSUED,
                ISSUED.plusSeconds(300),
                Map.of(
                        "sub",
                        "pairwise-1",
                        "iss",
                        "http://localhost:9000",
                        "aud",
                        List.of("credential-portal"),
                        "amr",
                        List.of("pwd", "otp"),
                        "auth_time",
                        ISSUED));
        OidcUserInfo userInfo = new OidcUserInfo(Map.of("sub", "pairwise-1", "given_name", "Văn An"));
        LearnerOidcUser learner =
                new LearnerOidcUser(List.of(new OidcUserAuthority(idToken, userInfo)), idToken, userInfo);
        OAuth2AuthenticationToken login =
                new OAuth2AuthenticationToken(learner, learner.getAuthorities(), "auth-server");

        OAuth2AuthenticationToken back = (OAuth2AuthenticationToken) roundTrip(login);

        assertThat(back.getPrincipal()).isInstanceOf(LearnerOidcUser.class);
        assertThat(back.getName()).isEqualTo("pairwise-1");
        assertThat(((LearnerOidcUser) back.getPrincipal()).getGivenName()).isEqualTo("Văn An");
        assertThat(back.getPrincipal()).hasToString("LearnerOidcUser[claims hidden]");
    }

    private static Object roundTrip(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
