package vn.hocvuso.keys.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysCliTest {

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KeysCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private String[] withFolder(String command, String... more) {
        String[] base = {command, "--dir", folder.toString(), "--password-env", "KEYS_CLI_TEST_UNSET"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void whenHelpIsAskedThenEveryCommandIsExplained() {
        Run help = run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .contains("generate", "rotate", "list", "jwks", "certificate", "client-assertion", "KEYSTORE_PASSWORD");
        Run rotateHelp = run("rotate", "--help");
        assertThat(rotateHelp.out()).contains("--overlap", "keep verifying", "--dir");
    }

    @Test
    void whenGenerateListRotateAndJwksRunThenTheyShowTheKeys() throws Exception {
        Run generate = run(withFolder("generate"));
        assertThat(generate.exitCode()).as(generate.err()).isZero();

        Run rotate = run(withFolder("rotate", "--overlap", "2h"));
        assertThat(rotate.exitCode()).as(rotate.err()).isZero();
        assertThat(rotate.out()).contains("new active key", "keeps verifying until");

        Run list = run(withFolder("list"));
        assertThat(list.out()).contains("active", "overlap", "ES256");

        Run jwks = run(withFolder("jwks"));
        JWKSet set = JWKSet.parse(jwks.out());
        assertThat(set.getKeys()).hasSize(2);
        assertThat(set.getKeys()).noneMatch(key -> key.isPrivate());
    }

    @Test
    void whenCertificateIsIssuedThenThePemChainIsPrinted() {
        run(withFolder("generate"));

        Run certificate = run(withFolder("certificate", "--host", "credentials.example.vn", "--create-root"));

        assertThat(certificate.exitCode()).as(certificate.err()).isZero();
        assertThat(certificate.out().split("BEGIN CERTIFICATE", -1)).hasSize(3);
        assertThat(run(withFolder("list")).out()).contains("issued by CN=Digital competency credentials root CA");
    }

    @Test
    void whenNoRootExistsAndCreationIsNotAskedThenCertificateFails() {
        run(withFolder("generate"));

        Run certificate = run(withFolder("certificate", "--host", "localhost"));

        assertThat(certificate.exitCode()).isEqualTo(1);
        assertThat(certificate.err()).contains("no root CA keystore", "--create-root");
        assertThat(folder.resolve("root-ca.p12")).doesNotExist();
    }

    @Test
    void whenKidIsUnknownThenExitCodeIsOneAndTheMessageSaysWhich() {
        run(withFolder("generate"));

        Run jwks = run(withFolder("jwks", "--kid", "not-a-kid"));

        assertThat(jwks.exitCode()).isEqualTo(1);
        assertThat(jwks.err()).contains("error: no key with kid 'not-a-kid'");
    }

    @Test
    void whenPasswordIsWrongThenEveryCommandFailsAndTheKeystoreIsUnchanged() throws IOException {
        run(withFolder("generate"));
        Path keystore = folder.resolve("keys.p12");
        String before = sha256(keystore);
        Files.writeString(folder.resolve("keystore.password"), "wrong\n");

        for (String command : new String[] {"list", "rotate", "jwks"}) {
            Run result = run(withFolder(command));
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("wrong password for keystore", keystore.toString());
        }
        Run certificate = run(withFolder("certificate", "--host", "localhost", "--create-root"));
        assertThat(certificate.exitCode()).isEqualTo(1);
        assertThat(sha256(keystore)).isEqualTo(before);
    }

    @Test
    void whenGenerateRunsOnAnExistingKeystoreThenItRefuses() throws IOException {
        run(withFolder("generate"));
        String before = sha256(folder.resolve("keys.p12"));

        Run again = run(withFolder("generate"));

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
        assertThat(sha256(folder.resolve("keys.p12"))).isEqualTo(before);
    }

    @Test
    void whenOptionsAreWrongThenUsageErrorsExitWithTwo() {
        assertThat(run("rotate").exitCode()).isEqualTo(2);
        assertThat(run(withFolder("rotate", "--overlap", "soon")).err()).contains("is not a duration");
        assertThat(run(withFolder("generate", "--alg", "HS256")).err()).contains("unsupported key algorithm 'HS256'");
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
