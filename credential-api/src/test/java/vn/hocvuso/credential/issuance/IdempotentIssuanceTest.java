package vn.hocvuso.credential.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.TestAuthServer;
import vn.hocvuso.credential.support.TestLearners;
import vn.hocvuso.wallet.Proofs;

/** Replays and crashes: each nonce yields credentials once, and a failed store leaves nothing behind. */
class IdempotentIssuanceTest extends IntegrationTest {

    final String token = TestAuthServer.walletToken(TestLearners.AN.subject(), BASE_URL);

    @Test
    void whenTheStoreFailsAfterSigningThenNothingIsKeptAndARetryWithANewNonceIssuesExactlyOne() throws Exception {
        Counts before = counts();
        String firstNonce = CredentialRequestRejectionTest.nonce();
        credentialStore.failNextSave();

        HttpResponse<String> crashed = CredentialRequestRejectionTest.send(token, request(firstNonce));

        assertThat(crashed.statusCode()).isEqualTo(500);
        assertThat(JSONObjectUtils.parse(crashed.body())).containsEntry("error", "server_error");
        assertThat(counts()).as("no record, no status index").isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM issuance_nonce WHERE nonce_hash = ?")
                        .param(Secrets.hash(firstNonce))
                        .query(Long.class)
                        .single())
                .as("the nonce was given back")
                .isEqualTo(1);

        HttpResponse<String> retried =
                CredentialRequestRejectionTest.send(token, request(CredentialRequestRejectionTest.nonce()));

        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(counts().credentials()).isEqualTo(before.credentials() + 1);
        assertThat(counts().statusEntries()).isEqualTo(before.statusEntries() + 1);
    }

    @Test
    void whenTheSameRequestIsReplayedThenTheReplayGetsInvalidNonceAndOnlyOneCredentialExists() throws Exception {
        String replayed = request(CredentialRequestRejectionTest.nonce());
        Counts before = counts();

        HttpResponse<String> first = CredentialRequestRejectionTest.send(token, replayed);
        HttpResponse<String> second = CredentialRequestRejectionTest.send(token, replayed);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(JSONObjectUtils.parse(second.body())).containsEntry("error", "invalid_nonce");
        assertThat(counts().credentials()).isEqualTo(before.credentials() + 1);
    }

    @Test
    void whenTwentyCopiesOfOneProofRaceThenExactlyOneIsIssued() throws Exception {
        String replayed = request(CredentialRequestRejectionTest.nonce());
        Counts before = counts();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<HttpResponse<String>>> racing = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            racing.add(pool.submit(() -> CredentialRequestRejectionTest.send(token, replayed)));
        }
        int issued = 0;
        for (Future<HttpResponse<String>> response : racing) {
            HttpResponse<String> answer = response.get();
            if (answer.statusCode() == 200) {
                issued++;
            } else {
                assertThat(JSONObjectUtils.parse(answer.body())).containsEntry("error", "invalid_nonce");
            }
        }
        pool.shutdown();

        assertThat(issued).isEqualTo(1);
        assertThat(counts().credentials()).isEqualTo(before.credentials() + 1);
    }

    private static String request(String nonce) throws Exception {
        return CredentialRequestRejectionTest.request(
                DigitalCompetencyCredential.CONFIGURATION_ID,
                Proofs.keyProof(CredentialRequestRejectionTest.key(), BASE_URL, nonce, Instant.now()));
    }
}
