package vn.hocvuso.auth.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FlowTest;

/**
 * Browser sessions live in the database (Spring Session JDBC), so that any instance serves the
 * next request of a login: the client's saved authorization request, the upstream authorization
 * request, and then the citizen's login, under the cookie name {@code AUTH_SESSION}.
 */
class SessionStoreTest extends FlowTest {

    static final String COOKIE = "AUTH_SESSION";

    @Test
    void whenALoginIsUnderwayThenTheSavedRequestAndTheUpstreamRequestAreInTheDatabase() {
        startLogin(credentialPortal().authorize("openid profile").url());

        assertThat(browser.cookie(COOKIE)).isNotBlank();
        assertThat(attributeNames())
                .anyMatch(name -> name.contains("SAVED_REQUEST"))
                .anyMatch(name -> name.contains("OAuth2AuthorizationRequest"));
    }

    @Test
    void whenTheCitizenHasLoggedInThenTheSessionNamesTheAccountNotThePerson() {
        Citizen citizen = Citizen.CHAU.another("session");

        Browser.Response account = loginDirectly(citizen);

        assertThat(account.status()).isEqualTo(200);
        assertThat(attributeNames()).contains("SPRING_SECURITY_CONTEXT");
        String principal = jdbc.sql("SELECT principal_name FROM spring_session WHERE session_id = :id")
                .param("id", sessionId())
                .query(String.class)
                .single();
        String accountId = jdbc.sql("SELECT id FROM citizen_account WHERE upstream_subject = :sub")
                .param("sub", citizen.subject())
                .query(String.class)
                .single();
        assertThat(principal).isEqualTo(accountId).isNotEqualTo(citizen.nationalId());
    }

    @Test
    void whenTheSessionRowIsGoneThenTheAccountPageAsksForALoginAgain() {
        loginDirectly(Citizen.CHAU.another("session-gone"));

        int deleted = jdbc.sql("DELETE FROM spring_session WHERE session_id = :id")
                .param("id", sessionId())
                .update();
        Browser.Response account = browser.get(SERVER + "/account");

        assertThat(deleted).isOne();
        assertThat(account.isRedirect()).isTrue();
        assertThat(account.location().getPath()).isEqualTo("/login");
    }

    /** Spring Session's cookie holds the session id base64-encoded. */
    private String sessionId() {
        return new String(Base64.getDecoder().decode(browser.cookie(COOKIE)), StandardCharsets.US_ASCII);
    }

    private List<String> attributeNames() {
        return jdbc.sql("SELECT a.attribute_name FROM spring_session_attributes a"
                        + " JOIN spring_session s ON s.primary_id = a.session_primary_id WHERE s.session_id = :id")
                .param("id", sessionId())
                .query(String.class)
                .list();
    }
}
