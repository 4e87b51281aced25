package vn.hocvuso.auth.userinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.DPoPProof;
import vn.hocvuso.auth.support.WalletClient;
import vn.hocvuso.auth.support.WalletFlowTest;

/**
 * DPoP proofs at userinfo (RFC 9449 §7, §11.1): their jtis go to the store the token endpoint
 * uses, in the database, so that a proof is refused when replayed, to this instance or to another
 * one that shares the database.
 */
class UserInfoDPoPReplayTest extends WalletFlowTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String USERINFO = SERVER + "/userinfo";

    private WalletClient wallet;
    private String accessToken;

    private void boundToken(String label) {
        wallet = confidentialWallet(53118);
        WalletClient.Pushed pushed = wallet.push(WALLET_SCOPE, java.util.Map.of());
        String code = codeFor(wallet, pushed, Citizen.AN.another(label));
        accessToken = wallet.redeem(code, pushed.authorization(), wallet.proof().serialize())
                .get("access_token");
        assertThat(accessToken).isNotNull();
    }

    private HttpResponse<String> userinfo(String proof) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(USERINFO))
                        .header("Authorization", "DPoP " + accessToken)
                        .header("DPoP", proof)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private DPoPProof proof() {
        return DPoPProof.of(wallet.dpopKey(), "GET", USERINFO).forToken(accessToken);
    }

    private long jtis() {
        return jdbc.sql("SELECT COUNT(*) FROM dpop_proof_jti").query(Long.class).single();
    }

    @Test
    void whenAProofIsAcceptedThenItsJtiIsInTheSharedStoreAndAReplayIsRefused() throws Exception {
        boundToken("userinfo-dpop-replay");
        String proof = proof().serialize();
        long before = jtis();

        HttpResponse<String> first = userinfo(proof);
        long afterFirst = jtis();
        HttpResponse<String> replayed = userinfo(proof);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(afterFirst).isEqualTo(before + 1);
        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(
                        value -> assertThat(value).startsWith("DPoP").contains("invalid_dpop_proof"));
        assertThat(replayed.body()).doesNotContain("\"sub\"");
        assertThat(jtis()).isEqualTo(afterFirst);
    }

    @Test
    void whenAnotherInstanceHasSeenTheProofThenUserinfoRefusesIt() throws Exception {
        boundToken("userinfo-dpop-elsewhere");
        DPoPProof proof = proof();
        // What another instance behind the load balancer records when it accepts the proof.
        jdbc.sql("INSERT INTO dpop_proof_jti (jti_hash, expires_at) VALUES (:jti, :expires)")
                .param("jti", sha256(proof.jti()))
                .param("expires", OffsetDateTime.ofInstant(Instant.now().plusSeconds(60), ZoneOffset.UTC))
                .update();

        HttpResponse<String> response = userinfo(proof.serialize());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("\"sub\"");
    }

    private static String sha256(String value) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    @Test
    void whenTheProofHashesAnotherAccessTokenThenUserinfoRefusesItAndRecordsNoJti() throws Exception {
        boundToken("userinfo-dpop-wrong-ath");
        long before = jtis();

        HttpResponse<String> answer = userinfo(DPoPProof.of(wallet.dpopKey(), "GET", USERINFO)
                .forToken(accessToken + "-another")
                .serialize());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(
                        value -> assertThat(value).startsWith("DPoP").contains("invalid_dpop_proof"));
        assertThat(jtis()).isEqualTo(before);
    }
}
