package vn.hocvuso.credential.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.hocvuso.credential.support.AuthServerStandIn;
import vn.hocvuso.credential.support.CookieSession;
import vn.hocvuso.credential.support.PortalIntegrationTest;

/**
 * The portal keeps its sessions in the database (Spring Session JDBC), not in the instance's
 * memory: any instance behind a load balancer can serve the next request of a login or of a
 * logged-in learner.
 */
class PortalSessionStoreTest extends PortalIntegrationTest {

    /**
     * On MockMvc (no embedded server) Spring Boot leaves Spring Session's cookie at its default
     * name; the real server's name, {@code CREDENTIALS_SESSION}, is checked by
     * {@code TwoInstancesBehindARoundRobinProxyIT}.
     */
    static final String COOKIE = "SESSION";

    @Test
    void whenALoginIsUnderwayThenItsAuthorizationRequestIsKeptInTheDatabase() throws Exception {
        CookieSession session = new CookieSession(mvc);
        standIn().startLogin(session);

        assertThat(session.cookie(COOKIE)).isNotBlank();
        assertThat(attributeNames(sessionIdOf(session)))
                .anyMatch(name -> name.contains("OAuth2AuthorizationRequest"))
                .anyMatch(name -> name.contains("SAVED_REQUEST"));
    }

    @Test
    void whenALearnerHasLoggedInThenTheirSessionRowNamesTheSubjectAndServesTheNextRequest() throws Exception {
        String subject = "pairwise-" + UUID.randomUUID();
        CookieSession session = standIn().login(subject, claims());

        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                        .param(subject)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(attributeNames(sessionIdOf(session))).contains("SPRING_SECURITY_CONTEXT");
        session.perform(MockMvcRequestBuilders.get("/learn")).andExpect(status().isOk());
    }

    @Test
    void whenTheLoginIsStoredThenItRestsEncryptedWithoutTheIdNumberInClear() throws Exception {
        String nationalId = freshNationalId();
        String subject = "pairwise-" + UUID.randomUUID();
        Map<String, Object> claims = new java.util.HashMap<>(claims());
        claims.put("national_id", nationalId);
        CookieSession session = standIn().login(subject, claims);

        List<byte[]> stored = jdbc.sql("select a.attribute_bytes from spring_session_attributes a"
                        + " join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?")
                .param(sessionIdOf(session))
                .query((row, number) -> row.getBytes(1))
                .list();

        assertThat(stored)
                .isNotEmpty()
                .allSatisfy(bytes -> assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                        .matches("v1\\.[A-Za-z0-9_-]+")
                        .doesNotContain(nationalId));
        session.perform(MockMvcRequestBuilders.get("/learn")).andExpect(status().isOk());
    }

    @Test
    void whenTheSessionRowIsGoneThenTheLearnerMustLogInAgain() throws Exception {
        String subject = "pairwise-" + UUID.randomUUID();
        CookieSession session = standIn().login(subject, claims());

        int deleted = jdbc.sql("delete from spring_session where principal_name = ?")
                .param(subject)
                .update();

        assertThat(deleted).isOne();
        session.perform(MockMvcRequestBuilders.get("/learn")).andExpect(redirectedUrl("/login"));
    }

    private AuthServerStandIn standIn() {
        return new AuthServerStandIn(mvc, authServer, authServerUrl);
    }

    private Map<String, Object> claims() {
        return Map.of(
                "national_id", freshNationalId(),
                "given_name", "Văn An",
                "family_name", "Trần",
                "birthdate", "1990-02-03",
                "acr", "urn:vn:vneid:loa:2");
    }

    /** The session id behind the cookie (Spring Session's cookie holds it base64-encoded). */
    private static String sessionIdOf(CookieSession session) {
        return new String(java.util.Base64.getDecoder().decode(session.cookie(COOKIE)));
    }

    private List<String> attributeNames(String sessionId) {
        return jdbc.sql("select a.attribute_name from spring_session_attributes a"
                        + " join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?")
                .param(sessionId)
                .query(String.class)
                .list();
    }
}
