package vn.hocvuso.credential.support;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays auth-server's part in a portal login on WireMock: answers the token request with an ID
 * token Nimbus signs, and userinfo with the same claims. The portal itself runs for real on MockMvc.
 */
public final class AuthServerStandIn {

    private final MockMvc mvc;
    private final WireMockServer server;
    private final String issuer;
    private final JsonMapper json = JsonMapper.builder().build();

    public AuthServerStandIn(MockMvc mvc, WireMockServer server, String issuer) {
        this.mvc = mvc;
        this.server = server;
        this.issuer = issuer;
    }

    /** Asks for a page that needs a login and follows the portal to the authorization endpoint. */
    public Map<String, String> startLogin(CookieSession session) throws Exception {
        session.perform(MockMvcRequestBuilders.get("/learn")).andExpect(redirectedUrl("/login"));
        String location = session.perform(MockMvcRequestBuilders.get("/oauth2/authorization/auth-server"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith(issuer + "/oauth2/authorize?");
        return UriComponentsBuilder.fromUri(URI.create(location))
                .build()
                .getQueryParams()
                .toSingleValueMap()
                .entrySet()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> decode(entry.getValue())));
    }

    /** auth-server's answers for this login: the token response with the ID token, and userinfo. */
    public void answer(String subject, String nonce, Map<String, Object> claims, ECKey signer) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder idToken = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience("credential-portal")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce)
                .claim("auth_time", now.getEpochSecond())
                .claim("amr", List.of("pwd", "otp", "mfa"));
        claims.forEach(idToken::claim);
        Map<String, Object> token = Map.of(
                "access_token",
                "access-" + UUID.randomUUID(),
                "token_type",
                "Bearer",
                "expires_in",
                300,
                "scope",
                "openid profile national_id",
                "id_token",
                LearningTestAuthServer.sign(idToken.build(), signer));
        server.stubFor(post("/oauth2/token").willReturn(okJson(json.writeValueAsString(token))));
        Map<String, Object> userinfo = new HashMap<>(claims);
        userinfo.put("sub", subject);
        server.stubFor(get("/userinfo").willReturn(okJson(json.writeValueAsString(userinfo))));
    }

    /** auth-server redirecting the browser back to the portal with a code (RFC 9207: with {@code iss}). */
    public ResultActions callback(CookieSession session, Map<String, String> authorization) throws Exception {
        return session.perform(MockMvcRequestBuilders.get("/login/oauth2/code/auth-server")
                .param("code", "code-" + UUID.randomUUID())
                .param("state", authorization.get("state"))
                .param("iss", issuer));
    }

    /** A whole login; the session it returns is logged in unless the portal refused. */
    public CookieSession login(String subject, Map<String, Object> claims) throws Exception {
        CookieSession session = new CookieSession(mvc);
        Map<String, String> authorization = startLogin(session);
        answer(subject, authorization.get("nonce"), claims, LearningTestAuthServer.KEY);
        callback(session, authorization).andExpect(status().is3xxRedirection());
        return session;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
