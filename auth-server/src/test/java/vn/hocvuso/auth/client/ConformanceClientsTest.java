package vn.hocvuso.auth.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The conformance test clients, configured as the README says (a context of its own; everywhere
 * else none is configured and the metadata promises no secret method, see DiscoveryTest). A
 * client that authenticates gets as far as the grant (a made-up code: invalid_grant, 400); one
 * that does not gets invalid_client, 401, before the grant is looked at.
 */
@SpringBootTest(
        properties = {
            "auth.conformance-clients[0].client-id=conformance-basic",
            "auth.conformance-clients[0].authentication-method=client_secret_basic",
            "auth.conformance-clients[0].secret=" + ConformanceClientsTest.BASIC_SECRET,
            "auth.conformance-clients[0].redirect-uris=https://localhost.emobix.co.uk:8443/test/a/hocvuso/callback",
            "auth.conformance-clients[1].client-id=conformance-post",
            "auth.conformance-clients[1].authentication-method=client_secret_post",
            "auth.conformance-clients[1].secret=" + ConformanceClientsTest.POST_SECRET,
            "auth.conformance-clients[1].redirect-uris=https://localhost.emobix.co.uk:8443/test/a/hocvuso/callback"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ConformanceClientsTest {

    static final String BASIC_SECRET = "test-only-conformance-basic-0123456789abcdef";
    static final String POST_SECRET = "test-only-conformance-post-0123456789abcdef";
    private static final String CALLBACK = "https://localhost.emobix.co.uk:8443/test/a/hocvuso/callback";

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisteredClientRepository clients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whenConformanceClientsAreConfiguredThenTheyAreRegisteredWithAHashedSecret() {
        RegisteredClient basic = clients.findByClientId("conformance-basic");
        RegisteredClient posting = clients.findByClientId("conformance-post");

        assertThat(basic.getClientAuthenticationMethods())
                .containsExactly(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        assertThat(posting.getClientAuthenticationMethods())
                .containsExactly(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        assertThat(basic.getRedirectUris()).containsExactly(CALLBACK);
        assertThat(basic.getScopes()).contains("openid", "profile", "email", "address", "phone");
        assertThat(jdbc.sql("SELECT client_secret FROM oauth2_registered_client WHERE client_id = 'conformance-basic'")
                        .query(String.class)
                        .single())
                .startsWith("sha256:")
                .doesNotContain(BASIC_SECRET);
    }

    @Test
    void whenClientsWithSecretsAreConfiguredThenTheMetadataAdvertisesTheirMethods() throws Exception {
        for (String document :
                List.of("/.well-known/openid-configuration", "/.well-known/oauth-authorization-server")) {
            mvc.perform(get(document))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath(
                            "$.token_endpoint_auth_methods_supported",
                            Matchers.contains("private_key_jwt", "none", "client_secret_basic", "client_secret_post")));
        }
    }

    @Test
    void whenTheBasicClientSendsItsSecretInTheHeaderThenItIsAuthenticated() throws Exception {
        token(basic("conformance-basic", BASIC_SECRET), "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_grant"));
    }

    @Test
    void whenThePostClientSendsItsSecretInTheBodyThenItIsAuthenticated() throws Exception {
        token(post("/oauth2/token"), "&client_id=conformance-post&client_secret=" + POST_SECRET)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_grant"));
    }

    @Test
    void whenTheBasicSecretIsWrongThenInvalidClient() throws Exception {
        token(basic("conformance-basic", BASIC_SECRET + "x"), "")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_client"));
    }

    @Test
    void whenThePostSecretIsWrongThenInvalidClient() throws Exception {
        token(post("/oauth2/token"), "&client_id=conformance-post&client_secret=" + POST_SECRET + "x")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_client"));
    }

    @Test
    void whenTheBasicClientSendsItsSecretInTheBodyThenTheMethodMismatchIsRefused() throws Exception {
        token(post("/oauth2/token"), "&client_id=conformance-basic&client_secret=" + BASIC_SECRET)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_client"));
    }

    @Test
    void whenThePostClientSendsItsSecretInTheHeaderThenTheMethodMismatchIsRefused() throws Exception {
        token(basic("conformance-post", POST_SECRET), "")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_client"));
    }

    @Test
    void whenAConformanceClientSkipsAuthenticationThenItIsUnauthorized() throws Exception {
        // No credentials at all: Spring Authorization Server answers 401 before any grant handling.
        token(post("/oauth2/token"), "&client_id=conformance-basic").andExpect(status().isUnauthorized());
    }

    private static MockHttpServletRequestBuilder basic(String clientId, String secret) {
        String credentials = clientId + ":" + secret;
        return post("/oauth2/token")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private ResultActions token(MockHttpServletRequestBuilder request, String authentication) throws Exception {
        long authorizations = authorizations();
        ResultActions result = mvc.perform(request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("grant_type=authorization_code&code=made-up-code&redirect_uri=" + CALLBACK + authentication));
        assertThat(authorizations()).isEqualTo(authorizations);
        return result;
    }

    private long authorizations() {
        return jdbc.sql("SELECT COUNT(*) FROM oauth2_authorization")
                .query(Long.class)
                .single();
    }
}
