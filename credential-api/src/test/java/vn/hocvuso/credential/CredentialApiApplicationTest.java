package vn.hocvuso.credential;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.client.RestClient;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.keys.LiveKeyRing;

/** Starts the app with the seams' test implementations (see {@code SeamTestConfiguration}). */
class CredentialApiApplicationTest extends IntegrationTest {

    @Autowired
    LiveKeyRing keys;

    @Test
    void whenStartedThenHealthAndReadinessAnswerWithoutLogin() {
        RestClient client = RestClient.create(BASE_URL);

        String health = client.get().uri("/actuator/health").retrieve().body(String.class);
        String readiness =
                client.get().uri("/actuator/health/readiness").retrieve().body(String.class);

        assertThat(health).contains("\"status\":\"UP\"");
        assertThat(readiness).contains("\"status\":\"UP\"");
    }

    @Test
    void whenStartedThenTheServiceHasAnActiveSigningKey() {
        assertThat(keys.active().kid()).isNotBlank();
        assertThat(keys.publishedJwkSet().getKeys()).noneMatch(key -> key.isPrivate());
    }
}
