package vn.hocvuso.keys.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.hocvuso.keys.KeysException;

/** The operator's command-line tool for the keys of our services. */
@Command(
        name = "keys",
        mixinStandardHelpOptions = true,
        version = "keys 0.1.0",
        description = {
            "Manages the signing keys of a service in its data folder (default ./data/<app>/).",
            "",
            "Each service keeps a PKCS#12 keystore 'keys.p12' protected by a password taken from an",
            "environment variable (default KEYSTORE_PASSWORD) or, when that is unset, from the file",
            "'keystore.password' beside it. Keys are never overwritten or deleted by mistake: every",
            "command either succeeds completely or leaves the files as they were.",
            ""
        },
        subcommands = {
            GenerateCommand.class,
            RotateCommand.class,
            ListCommand.class,
            JwksCommand.class,
            CertificateCommand.class,
            ClientAssertionCommand.class,
            TlsCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Examples:",
            "  keys generate --dir data/auth-server --owner auth-server",
            "  keys rotate --dir data/auth-server --overlap 7d",
            "  keys list --dir data/auth-server",
            "  keys jwks --dir data/credential-api",
            "  keys certificate --dir data/credential-api --host credentials.example.vn",
            "  keys client-assertion --dir data/auth-server/demo-clients/agency-nao --client-id agency-nao \\",
            "      --audience http://localhost:9000/oauth2/token",
            "  keys tls --dir data/tls --host my-laptop.local"
        })
public final class KeysCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the tool; the exit code is 0 on success, 1 on a key problem, 2 on a usage error. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new KeysCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (exception instanceof KeysException) {
                line.getErr().println("error: " + exception.getMessage());
                return 1;
            }
            throw exception;
        });
        return commandLine.execute(args);
    }
}
