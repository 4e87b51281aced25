package vn.hocvuso.auth.client;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The benchmark's client_secret_basic client, switched on as bench/token-endpoint.sh does (a
 * context of its own; in every other context it is off, see {@link BenchmarkClientOffTest}).
 */
// The same properties as DPoPNonceTest's, so that both share one context.
@SpringBootTest(
        properties = {
            "auth.benchmark-client.enabled=true",
            "auth.benchmark-client.secret=" + BenchmarkClientTest.SECRET,
            "auth.dpop.nonce-required=true"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
public class BenchmarkClientTest {

    public static final String SECRET = "test-only-benchmark-secret-0123456789abcdef";

    @Autowired
    MockMvc mvc;

    @Test
    void whenTheBenchmarkClientSendsItsSecretThenItGetsAnAccessToken() throws Exception {
        token("bench-client:" + SECRET)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token_type").value("Bearer"))
                .andExpect(jsonPath("$.scope").value("competency.query"));
    }

    @Test
    void whenTheSecretIsWrongThenInvalidClient() throws Exception {
        token("bench-client:" + SECRET + "x")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_client"));
    }

    private ResultActions token(String credentials) throws Exception {
        return mvc.perform(post("/oauth2/token")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("grant_type=client_credentials"));
    }
}
