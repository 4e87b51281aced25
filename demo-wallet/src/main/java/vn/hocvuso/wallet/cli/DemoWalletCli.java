package vn.hocvuso.wallet.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.hocvuso.wallet.WalletException;

/**
 * {@code ./demo-wallet}: a DEMO holder wallet on the command line, so that a person can follow the
 * whole path (offer, wallet, employer page, verdict) without a phone wallet app.
 */
@Command(
        name = "demo-wallet",
        mixinStandardHelpOptions = true,
        version = "demo-wallet 0.1",
        subcommands = {ReceiveCommand.class, ListCommand.class, PresentCommand.class},
        description = {
            "A DEMO wallet for the digital competency credentials: it receives credentials (OpenID4VCI 1.0,",
            "pre-authorized code) and presents them to verifiers (OpenID4VP 1.0, DCQL, direct_post) with",
            "selective disclosure and key binding.",
            "",
            "DEMO ONLY: holder keys are kept in a plain file (data/demo-wallet/credentials.json). Do not",
            "use it for real credentials."
        })
public final class DemoWalletCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with the wallet's error handling: a refusal is one line on stderr and exit code 1. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new DemoWalletCli());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            PrintWriter err = line.getErr();
            if (exception instanceof WalletException) {
                err.println("demo-wallet: " + exception.getMessage());
            } else {
                err.println("demo-wallet: " + exception);
            }
            err.flush();
            return 1;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
