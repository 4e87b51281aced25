package vn.hocvuso.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.client.RestClient;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.keys.LiveKeyRing;

class AuthServerApplicationTest extends FlowTest {

    @Autowired
    LiveKeyRing keys;

    @Test
    void whenStartedThenHealthAndReadinessAnswerWithoutLogin() {
        RestClient client = RestClient.create(SERVER);

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
