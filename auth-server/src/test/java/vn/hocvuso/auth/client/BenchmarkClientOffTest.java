package vn.hocvuso.auth.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.FlowTest;

/** By default there is no client_secret_basic client: the benchmark's is off. */
class BenchmarkClientOffTest extends FlowTest {

    @Test
    void whenTheBenchmarkClientIsOffThenItsSecretGetsNoToken() throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString(("bench-client:" + BenchmarkClientTest.SECRET).getBytes(StandardCharsets.UTF_8));
        long before = authorizations();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(SERVER + "/oauth2/token"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("invalid_client").doesNotContain("access_token");
        assertThat(authorizations()).isEqualTo(before);
    }
}
