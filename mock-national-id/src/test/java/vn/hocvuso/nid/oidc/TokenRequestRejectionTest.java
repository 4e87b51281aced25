package vn.hocvuso.nid.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hocvuso.nid.support.AuthorizationRequest;
import vn.hocvuso.nid.support.Browser;
import vn.hocvuso.nid.support.ClientAssertion;
import vn.hocvuso.nid.support.Http;
import vn.hocvuso.nid.support.ProviderTestBase;
import vn.hocvuso.nid.support.TestClient;

/**
 * Token requests the provider must refuse, each with the RFC 6749 §5.2 error the client sees and
 * the proof that nothing was issued: no token stored, and where the code was never at fault, the
 * code still works afterwards.
 */
class TokenRequestRejectionTest extends ProviderTestBase {

    private static Browser browser;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A fresh authorization code for the main client, from a browser logged in as a level-1 citizen. */
    private Issued freshCode() {
        AuthorizationRequest request = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid profile");
        if (browser == null) {
            browser = new Browser();
            browser.open(request.uri()).logIn(CHAU, DEMO_PASSWORD);
            return new Issued(request, Http.query(browser.url()).get("code"));
        }
        return new Issued(request, authorize(browser, request).get("code"));
    }

    private record Issued(AuthorizationRequest request, String code) {}

    @Test
    void whenACodeIsRedeemedTwiceThenTheSecondGetsInvalidGrantAndTheFirstTokensAreRevoked() {
        Issued issued = freshCode();
        HttpResponse<String> first = redeem(TestClient.MAIN, issued.code(), issued.request());
        assertThat(first.statusCode()).isEqualTo(200);
        String accessToken = (String) json(first.body()).get("access_token");
        assertThat(userInfoStatus(accessToken)).isEqualTo(200);

        HttpResponse<String> second = redeem(TestClient.MAIN, issued.code(), issued.request());

        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(json(second.body())).containsEntry("error", "invalid_grant").doesNotContainKey("access_token");
        // RFC 6749 §4.1.2: a replayed code revokes what it issued
        assertThat(userInfoStatus(accessToken)).isEqualTo(401);
    }

    @Test
    void whenAnotherClientRedeemsTheCodeThenItGetsInvalidGrantAndNoTokenIsIssued() {
        Issued issued = freshCode();

        HttpResponse<String> response = redeem(
                TestClient.OTHER,
                issued.code(),
                issued.request().redirectUri(),
                issued.request().codeVerifier(),
                ClientAssertion.of(TestClient.OTHER, issuer()).serialize());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body())).containsEntry("error", "invalid_grant");
        assertThat(accessTokenStoredFor(issued.code())).isFalse();
        // The stolen code is burnt (RFC 9700 §4.5): its own client cannot use it any more either.
        assertThat(redeem(TestClient.MAIN, issued.code(), issued.request()).statusCode())
                .isEqualTo(400);
        assertThat(accessTokenStoredFor(issued.code())).isFalse();
    }

    @Test
    void whenACodeIsRedeemedAfterItsSixtySecondsThenInvalidGrantAndNoTokenIsIssued() {
        Issued issued = freshCode();
        Map<String, Object> lifetime = jdbc.sql("select authorization_code_issued_at, authorization_code_expires_at"
                        + " from oauth2_authorization where authorization_code_value = :code")
                .param("code", issued.code())
                .query()
                .singleRow();
        Instant issuedAt = instant(lifetime.get("authorization_code_issued_at"));
        Instant expiresAt = instant(lifetime.get("authorization_code_expires_at"));
        assertThat(Duration.between(issuedAt, expiresAt)).isEqualTo(Duration.ofSeconds(60));
        // 61 seconds pass: the stored code is exactly as it will be then, without a minute's sleep.
        jdbc.sql("update oauth2_authorization set authorization_code_issued_at = :issued,"
                        + " authorization_code_expires_at = :expires where authorization_code_value = :code")
                .param("issued", issuedAt.minusSeconds(61).atOffset(java.time.ZoneOffset.UTC))
                .param("expires", expiresAt.minusSeconds(61).atOffset(java.time.ZoneOffset.UTC))
                .param("code", issued.code())
                .update();

        HttpResponse<String> response = redeem(TestClient.MAIN, issued.code(), issued.request());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body())).containsEntry("error", "invalid_grant");
        assertThat(accessTokenStoredFor(issued.code())).isFalse();
    }

    @Test
    void whenTheCodeVerifierIsWrongThenInvalidGrant() {
        Issued issued = freshCode();

        HttpResponse<String> response = redeem(
                TestClient.MAIN,
                issued.code(),
                issued.request().redirectUri(),
                "a-verifier-that-does-not-match-the-challenge-0123456789abcdef",
                ClientAssertion.of(TestClient.MAIN, issuer()).serialize());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body())).containsEntry("error", "invalid_grant");
        assertThat(accessTokenStoredFor(issued.code())).isFalse();
    }

    @Test
    void whenTheRedirectUriDiffersFromTheAuthorizationRequestThenInvalidGrant() {
        Issued issued = freshCode();

        HttpResponse<String> response = redeem(
                TestClient.MAIN,
                issued.code(),
                issued.request().redirectUri() + "/other",
                issued.request().codeVerifier(),
                ClientAssertion.of(TestClient.MAIN, issuer()).serialize());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body())).containsEntry("error", "invalid_grant");
        assertThat(accessTokenStoredFor(issued.code())).isFalse();
    }

    static Stream<Arguments> wrongAssertions() {
        String issuer = issuer();
        Instant now = Instant.now();
        return Stream.of(
                wrong("audience of another server", a -> a.audience("https://other-provider.example")),
                wrong("audience of the userinfo endpoint", a -> a.audience(issuer + "/userinfo")),
                wrong("two audiences", a -> a.audience(issuer, issuer + "/oauth2/token")),
                wrong("audience of the introspection endpoint", a -> a.audience(issuer + "/oauth2/introspect")),
                wrong(
                        "expired two minutes ago",
                        a -> a.issuedAt(now.minusSeconds(240)).expiresAt(now.minusSeconds(120))),
                wrong("lives an hour", a -> a.expiresAt(now.plus(Duration.ofHours(1)))),
                wrong(
                        "issued in the future",
                        a -> a.issuedAt(now.plus(Duration.ofMinutes(10))).expiresAt(now.plus(Duration.ofMinutes(11)))),
                wrong("signed by an unregistered key", a -> a.signedWith(TestClient.MAIN.impostorKey())),
                wrong("signed by another client's key", a -> a.signedWith(TestClient.OTHER.key())),
                wrong("no jti", a -> a.jti(null)));
    }

    private static Arguments wrong(String name, UnaryOperator<ClientAssertion> change) {
        return Arguments.of(name, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongAssertions")
    void whenTheClientAssertionIsWrongThenInvalidClientAndTheCodeStillWorks(
            String wrong, UnaryOperator<ClientAssertion> change) {
        Issued issued = freshCode();
        long usedJtis = rows("client_assertion_jti");
        String assertion =
                change.apply(ClientAssertion.of(TestClient.MAIN, issuer())).serialize();

        HttpResponse<String> response = redeem(
                TestClient.MAIN,
                issued.code(),
                issued.request().redirectUri(),
                issued.request().codeVerifier(),
                assertion);

        assertThat(response.statusCode()).as(wrong).isEqualTo(401);
        assertThat(json(response.body())).containsEntry("error", "invalid_client");
        assertThat(accessTokenStoredFor(issued.code())).isFalse();
        assertThat(rows("client_assertion_jti")).as("no jti recorded").isEqualTo(usedJtis);
        assertThat(redeem(TestClient.MAIN, issued.code(), issued.request()).statusCode())
                .as("the code was left untouched")
                .isEqualTo(200);
    }

    @Test
    void whenAClientAssertionIsReusedThenInvalidClientAndTheCodeStillWorks() {
        String jti = UUID.randomUUID().toString();
        Issued first = freshCode();
        String assertion =
                ClientAssertion.of(TestClient.MAIN, issuer()).jti(jti).serialize();
        assertThat(redeem(
                                TestClient.MAIN,
                                first.code(),
                                first.request().redirectUri(),
                                first.request().codeVerifier(),
                                assertion)
                        .statusCode())
                .isEqualTo(200);
        Issued second = freshCode();

        HttpResponse<String> replay = redeem(
                TestClient.MAIN,
                second.code(),
                second.request().redirectUri(),
                second.request().codeVerifier(),
                assertion);

        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(json(replay.body())).containsEntry("error", "invalid_client");
        assertThat(accessTokenStoredFor(second.code())).isFalse();
        assertThat(redeem(TestClient.MAIN, second.code(), second.request()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void whenTheAssertionIsForTheIssuerAsAudienceThenItIsAccepted() {
        Issued issued = freshCode();
        String assertion =
                ClientAssertion.of(TestClient.MAIN, issuer()).audience(issuer()).serialize();

        HttpResponse<String> response = redeem(
                TestClient.MAIN,
                issued.code(),
                issued.request().redirectUri(),
                issued.request().codeVerifier(),
                assertion);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private boolean accessTokenStoredFor(String code) {
        return jdbc.sql("select count(*) from oauth2_authorization where authorization_code_value = :code"
                                + " and access_token_value is not null")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static int userInfoStatus(String accessToken) {
        return Http.get(endpoint("/userinfo"), "Authorization", "Bearer " + accessToken)
                .statusCode();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
