package vn.hocvuso.keys.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientAssertionCommandTest {

    private static final String AUDIENCE = "http://localhost:9000/oauth2/token";

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KeysCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Run assertion(String... more) {
        String[] base = {
            "client-assertion",
            "--dir",
            folder.toString(),
            "--password-env",
            "KEYS_CLI_TEST_UNSET",
            "--client-id",
            "agency-nao",
            "--audience",
            AUDIENCE
        };
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return run(all);
    }

    @BeforeEach
    void generateTheClientKey() {
        assertThat(run("generate", "--dir", folder.toString(), "--password-env", "KEYS_CLI_TEST_UNSET")
                        .exitCode())
                .isZero();
    }

    @Test
    void whenACountIsAskedThenEachLineIsAnAssertionWithItsOwnJti() throws Exception {
        Run run = assertion("--count", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        java.util.List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        java.util.Set<String> jtis = new java.util.HashSet<>();
        for (String line : lines) {
            jtis.add(SignedJWT.parse(line).getJWTClaimsSet().getJWTID());
        }
        assertThat(jtis).hasSize(3);
    }

    @Test
    void whenTheCountIsOutOfRangeThenNothingIsPrinted() {
        Run zero = assertion("--count", "0");

        assertThat(zero.exitCode()).isNotZero();
        assertThat(zero.out()).isEmpty();
        assertThat(zero.err()).contains("--count");
    }

    @Test
    void whenAnAssertionIsAskedThenItIsSignedByTheActiveKeyWithTheRfc7523Claims() throws Exception {
        Run run = assertion();

        assertThat(run.exitCode()).as(run.err()).isZero();
        SignedJWT jwt = SignedJWT.parse(run.out().trim());
        ECKey publicKey =
                (ECKey) JWKSet.parse(run("jwks", "--dir", folder.toString(), "--password-env", "KEYS_CLI_TEST_UNSET")
                                .out())
                        .getKeys()
                        .get(0);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(publicKey.getKeyID());
        assertThat(jwt.verify(new ECDSAVerifier(publicKey))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("agency-nao");
        assertThat(claims.getSubject()).isEqualTo("agency-nao");
        // A single audience value, never an array (the authorization servers refuse arrays).
        assertThat(jwt.getPayload().toJSONObject().get("aud")).isEqualTo(AUDIENCE);
        assertThat(claims.getJWTID()).isNotBlank();
        Duration lifetime = Duration.between(
                claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant());
        assertThat(lifetime).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void whenTwoAssertionsAreAskedThenTheirJtiDiffer() throws Exception {
        String first =
                SignedJWT.parse(assertion().out().trim()).getJWTClaimsSet().getJWTID();
        String second =
                SignedJWT.parse(assertion().out().trim()).getJWTClaimsSet().getJWTID();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void whenTheLifetimeIsLongerThanFiveMinutesThenItIsRefused() {
        Run run = assertion("--lifetime", "6m");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--lifetime must be more than 0 and at most 5m");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void whenTheLifetimeIsFiveMinutesThenItIsAccepted() throws Exception {
        Run run = assertion("--lifetime", "5m");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JWTClaimsSet claims = SignedJWT.parse(run.out().trim()).getJWTClaimsSet();
        assertThat(Duration.between(
                        claims.getIssueTime().toInstant(),
                        claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void whenTheFolderHasNoKeysThenTheErrorNamesIt(@TempDir Path empty) {
        Run run = run(
                "client-assertion",
                "--dir",
                empty.toString(),
                "--password-env",
                "KEYS_CLI_TEST_UNSET",
                "--client-id",
                "agency-nao",
                "--audience",
                AUDIENCE);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void whenTheAudienceIsMissingThenItIsAUsageError() {
        Run run = run(
                "client-assertion",
                "--dir",
                folder.toString(),
                "--password-env",
                "KEYS_CLI_TEST_UNSET",
                "--client-id",
                "agency-nao");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--audience");
    }
}
