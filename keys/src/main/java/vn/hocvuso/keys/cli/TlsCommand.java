package vn.hocvuso.keys.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.hocvuso.keys.tls.LocalTls;

@Command(
        name = "tls",
        mixinStandardHelpOptions = true,
        description = {
            "Prepares the files of the stack's HTTPS mode (./demo --https) in --dir: a local root CA",
            "(root-ca.p12, its certificate root-ca.pem to import into a browser or phone), a TLS server",
            "certificate for localhost, 127.0.0.1, ::1 and every --host (server.pem, server-key.pem), and",
            "truststore.p12 (the JDK's roots plus the local one) for the apps' calls to one another.",
            "Keeps what is still right; issues a new server certificate when a name was added or it",
            "expires within 30 days. The root is never replaced. DEVELOPMENT AND DEMO ONLY."
        })
final class TlsCommand implements Callable<Integer> {

    @Option(
            names = "--dir",
            defaultValue = "data/tls",
            paramLabel = "FOLDER",
            description = "where the TLS files live (default: ${DEFAULT-VALUE})")
    Path folder;

    @Option(
            names = "--host",
            paramLabel = "NAME",
            description = "a further host name or IP address for the server certificate, e.g. the"
                    + " machine's name on the local network (repeatable)")
    List<String> hosts = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalTls.Layout files = LocalTls.ensure(folder, hosts, System.getenv(), Clock.systemUTC());
        var out = spec.commandLine().getOut();
        out.println("root certificate (import it): " + files.rootCertificate());
        out.println("server certificate chain:     " + files.serverChain());
        out.println("server private key:           " + files.serverKey());
        out.println("trust store (PKCS#12):        " + files.trustStore());
        return 0;
    }
}
