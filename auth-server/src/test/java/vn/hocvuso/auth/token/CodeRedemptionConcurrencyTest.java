package vn.hocvuso.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FlowTest;
import vn.hocvuso.auth.support.TestClient;

/** An authorization code redeems exactly once, even when 100 requests race for it. */
class CodeRedemptionConcurrencyTest extends FlowTest {

    private static final int RACERS = 100;

    @Test
    void whenOneCodeIsRedeemedOneHundredTimesConcurrentlyThenExactlyOneTokenIsIssued() throws Exception {
        TestClient portal = credentialPortal();
        TestClient.Authorization authorization = portal.authorize("openid profile");
        String code = codeFrom(login(authorization.url(), Citizen.BINH), authorization);
        // Each racer authenticates with its own assertion (a replayed jti would be refused for another reason).
        List<Map<String, String>> requests = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            Map<String, String> form = new java.util.LinkedHashMap<>();
            form.put("grant_type", "authorization_code");
            form.put("code", code);
            form.put("redirect_uri", portal.redirectUri());
            form.put("code_verifier", authorization.verifier());
            form.putAll(portal.authentication());
            requests.add(form);
        }

        List<TestClient.TokenResponse> responses = race(requests, form -> portal.post("/oauth2/token", form));

        Map<Integer, Long> byStatus = responses.stream()
                .collect(Collectors.groupingBy(TestClient.TokenResponse::status, Collectors.counting()));
        List<TestClient.TokenResponse> issued = responses.stream()
                .filter(response -> response.json().containsKey("access_token"))
                .toList();
        System.out.println("100 concurrent redemptions of one code: " + byStatus);
        assertThat(issued).as("responses with a token, by status %s", byStatus).hasSize(1);
        assertThat(issued.get(0).status()).isEqualTo(200);
        assertThat(responses)
                .filteredOn(response -> response.status() != 200)
                .hasSize(RACERS - 1)
                .allSatisfy(response -> {
                    assertThat(response.status()).isEqualTo(400);
                    assertThat(response.error()).isEqualTo("invalid_grant");
                });
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM consumed_token WHERE kind = 'AUTHORIZATION_CODE' AND token_hash = :hash")
                        .param("hash", TokenHash.of(code))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void whenACodeIsRedeemedTwiceInSequenceThenTheSecondGetsInvalidGrantAndTheFirstTokensAreRevoked() {
        TestClient portal = credentialPortal();
        TestClient.Authorization authorization = portal.authorize("openid");
        String code = codeFrom(login(authorization.url(), Citizen.BINH), authorization);
        TestClient.TokenResponse first = portal.redeem(code, authorization);
        assertThat(first.status()).isEqualTo(200);

        TestClient.TokenResponse second = portal.redeem(code, authorization);

        assertThat(second.status()).isEqualTo(400);
        assertThat(second.error()).isEqualTo("invalid_grant");
        // RFC 6749 §4.1.2: the tokens issued with a replayed code are revoked.
        assertThat(portal.introspect(first.get("access_token")).json()).containsEntry("active", false);
    }

    static <T, R> List<R> race(List<T> inputs, Function<T, R> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(inputs.size());
        try {
            CountDownLatch ready = new CountDownLatch(inputs.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<R>> futures = new ArrayList<>();
            for (T input : inputs) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.apply(input);
                }));
            }
            ready.await();
            go.countDown();
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
