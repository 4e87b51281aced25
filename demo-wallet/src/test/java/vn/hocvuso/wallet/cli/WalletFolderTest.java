package vn.hocvuso.wallet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocvuso.wallet.StoredCredential;
import vn.hocvuso.wallet.WalletException;
import vn.hocvuso.wallet.WalletTestCredentials;

/** The demo wallet's folder and its command line, without a server. */
class WalletFolderTest {

    @TempDir
    Path folder;

    @Test
    void whenCredentialsAreSavedThenTheyComeBackWithTheirHolderKeysInAFileOnlyTheOwnerReads() throws Exception {
        StoredCredential credential = WalletTestCredentials.credential();
        WalletFolder wallet = new WalletFolder(folder);

        wallet.save(List.of(credential));
        List<StoredCredential> loaded = wallet.load();

        assertThat(loaded).hasSize(1);
        assertThat(loaded.get(0).sdJwt()).isEqualTo(credential.sdJwt());
        assertThat(loaded.get(0).holderKey()).isEqualTo(credential.holderKey());
        assertThat(loaded.get(0).claims()).containsEntry("given_name", "An");
        assertThat(Files.getPosixFilePermissions(wallet.file()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void whenTheWalletFileIsDamagedThenTheWalletSaysWhichFile() throws Exception {
        Files.writeString(folder.resolve(WalletFolder.FILE_NAME), "{\"credentials\":[{\"credential\":\"x\"}]}");

        assertThatThrownBy(() -> new WalletFolder(folder).load())
                .isInstanceOf(WalletException.class)
                .hasMessageContaining(WalletFolder.FILE_NAME);
    }

    @Test
    void whenAskedForHelpThenTheCommandSaysItIsADemo() {
        StringWriter out = new StringWriter();
        var command = DemoWalletCli.commandLine();
        command.setOut(new PrintWriter(out));

        assertThat(command.execute("--help")).isZero();
        assertThat(out.toString()).contains("DEMO ONLY", "receive", "present", "list");
    }

    @Test
    void whenTheTrustAnchorIsMissingThenTheCommandFailsWithAClearMessage() {
        StringWriter err = new StringWriter();
        var command = DemoWalletCli.commandLine();
        command.setErr(new PrintWriter(err));

        int exit = command.execute(
                "present",
                "openid4vp://?client_id=x&request_uri=y",
                "--data-dir",
                folder.toString(),
                "--trust-anchor",
                folder.resolve("missing.pem").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("cannot read the trust anchor");
    }
}
