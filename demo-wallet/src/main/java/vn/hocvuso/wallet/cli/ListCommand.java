package vn.hocvuso.wallet.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.hocvuso.wallet.HolderWallet;
import vn.hocvuso.wallet.StoredCredential;
import vn.hocvuso.wallet.WalletException;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the credentials the wallet holds.")
final class ListCommand implements Callable<Integer> {

    @Mixin
    WalletOptions options;

    @Option(names = "--status", description = "also read each credential's status list (valid, revoked, suspended)")
    boolean status;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<StoredCredential> credentials = options.folder().load();
        out.println("DEMO wallet " + options.folder().file() + ": " + credentials.size() + " credential(s)");
        HolderWallet wallet = status ? options.wallet() : null;
        for (int i = 0; i < credentials.size(); i++) {
            describe(out, i + 1, credentials.get(i));
            if (wallet != null) {
                out.println("    status: " + statusOf(wallet, credentials.get(i)));
            }
        }
        out.flush();
        return 0;
    }

    private static String statusOf(HolderWallet wallet, StoredCredential credential) {
        try {
            return switch (wallet.statusOf(credential)) {
                case 0 -> "valid";
                case 1 -> "revoked";
                case 2 -> "suspended";
                default -> "unknown";
            };
        } catch (WalletException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
    }

    static void describe(PrintWriter out, int number, StoredCredential credential) {
        Map<String, Object> claims = credential.claims();
        Object achievement = claims.get("achievement") instanceof Map<?, ?> map ? map.get("name") : null;
        out.println("  [" + number + "] " + (achievement == null ? claims.get("vct") : achievement));
        out.println("    issuer: " + claims.get("iss") + ", issued on: " + claims.get("issued_on"));
        out.println("    type: " + claims.get("vct"));
        out.println("    can disclose: "
                + String.join(
                        ", ",
                        credential.disclosures().stream()
                                .map(disclosure -> disclosure.getClaimName())
                                .toList()));
    }
}
