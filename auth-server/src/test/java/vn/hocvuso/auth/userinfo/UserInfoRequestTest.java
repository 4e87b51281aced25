package vn.hocvuso.auth.userinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;

/** How the userinfo endpoint takes its access token (OIDC Core §5.3.1, RFC 6750 §2). */
class UserInfoRequestTest extends FlowTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String FORM = "application/x-www-form-urlencoded";

    private String accessToken(Citizen citizen) {
        TestClient portal = credentialPortal();
        TestClient.Authorization authorization = portal.authorize("openid profile");
        String code = codeFrom(login(authorization.url(), citizen), authorization);
        TestClient.TokenResponse tokens = portal.redeem(code, authorization);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        return tokens.get("access_token");
    }

    @Test
    void whenTheTokenComesInTheHeaderOfAGetThenUserinfoAnswers() {
        HttpResponse<String> response = send(userinfo()
                .header("Authorization", "Bearer " + accessToken(Citizen.AN))
                .GET());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response)).containsEntry("family_name", "Nguyễn").containsKey("sub");
    }

    @Test
    void whenTheTokenComesInTheHeaderOfAPostThenUserinfoAnswers() {
        HttpResponse<String> response = send(userinfo()
                .header("Authorization", "Bearer " + accessToken(Citizen.AN))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response)).containsEntry("given_name", "Văn An");
    }

    @Test
    void whenTheTokenComesInAFormBodyThenUserinfoAnswersTheSameClaimsAsWithTheHeader() {
        String token = accessToken(Citizen.BINH);

        HttpResponse<String> byBody = send(userinfo()
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString("access_token=" + token)));
        HttpResponse<String> byHeader =
                send(userinfo().header("Authorization", "Bearer " + token).GET());

        assertThat(byBody.statusCode()).as(byBody.body()).isEqualTo(200);
        assertThat(json(byBody)).isEqualTo(json(byHeader)).containsEntry("name", Citizen.BINH.name());
    }

    @Test
    void whenTheFormBodyHasACharsetThenItIsStillAForm() {
        HttpResponse<String> response = send(userinfo()
                .header("Content-Type", FORM + "; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("access_token=" + accessToken(Citizen.AN))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void whenTheTokenComesInTheHeaderAndTheBodyThenTheRequestIsRefused() {
        String token = accessToken(Citizen.AN);
        long before = authorizations();

        HttpResponse<String> response = send(userinfo()
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString("access_token=" + token)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(
                        value -> assertThat(value).startsWith("Bearer").contains("invalid_request"));
        assertThat(response.body()).doesNotContain("Nguyễn");
        assertThat(authorizations()).isEqualTo(before);
    }

    @Test
    void whenTheTokenComesInTheQueryThenTheRequestIsRefused() {
        String token = accessToken(Citizen.AN);

        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(SERVER + "/userinfo?access_token=" + token))
                        .GET());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).contains("invalid_request"));
        assertThat(response.body()).doesNotContain("Nguyễn");
    }

    @Test
    void whenTheBodyRepeatsTheTokenThenTheRequestIsRefused() {
        String token = accessToken(Citizen.AN);

        HttpResponse<String> response = send(userinfo()
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString("access_token=" + token + "&access_token=" + token)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).contains("invalid_request"));
    }

    @Test
    void whenThereIsNoTokenThenTheAnswerIs401WithABearerChallenge() {
        HttpResponse<String> response = send(userinfo().GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void whenTheBodyTokenIsForgedThenTheAnswerIs401InvalidToken() {
        String[] parts = accessToken(Citizen.AN).split("\\.");

        HttpResponse<String> response = send(userinfo()
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString("access_token=" + parts[0] + "." + parts[1] + ".AAAA")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).contains("invalid_token"));
        assertThat(response.body()).doesNotContain("Nguyễn");
    }

    private static HttpRequest.Builder userinfo() {
        return HttpRequest.newBuilder(URI.create(SERVER + "/userinfo"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readValue(response.body(), new TypeReference<Map<String, Object>>() {});
    }
}
