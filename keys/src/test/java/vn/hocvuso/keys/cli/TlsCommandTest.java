package vn.hocvuso.keys.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsCommandTest {

    @TempDir
    Path folder;

    @Test
    void whenTlsRunsThenItPrintsWhereTheRootToImportAndTheServerFilesAre() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KeysCli.execute(
                new String[] {"tls", "--dir", folder.toString(), "--host", "laptop.local"},
                new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        Path root = folder.toAbsolutePath().normalize().resolve("root-ca.pem");
        assertThat(out.toString()).contains("root certificate (import it): " + root);
        assertThat(root).exists();
        assertThat(folder.resolve("server.pem")).exists();
        assertThat(folder.resolve("truststore.p12")).exists();
    }

    @Test
    void whenAHostIsMalformedThenTheToolFailsAndWritesNothing() throws Exception {
        StringWriter err = new StringWriter();
        int code = KeysCli.execute(
                new String[] {"tls", "--dir", folder.toString(), "--host", "a b"},
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("error: 'a b' is not a host name or an IP address");
        try (var entries = Files.list(folder)) {
            assertThat(entries).isEmpty();
        }
    }
}
