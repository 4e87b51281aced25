package vn.hocvuso.keys.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.hocvuso.keys.KeyRing;

@Command(
        name = "jwks",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the public JWK set (RFC 7517) the service publishes: its live keys, public parts only.",
            "With --kid, prints that one public key, or fails if no key has that kid."
        })
final class JwksCommand implements Callable<Integer> {

    @Mixin
    KeyFolderOptions options;

    @Option(names = "--kid", paramLabel = "KID", description = "print only the key with this kid")
    String kid;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KeyRing ring = options.open().load();
        var out = spec.commandLine().getOut();
        if (kid != null) {
            out.println(ring.require(kid).publicJwk().toJSONString());
        } else {
            out.println(ring.publicJwkSet(Instant.now()).toString(true));
        }
        return 0;
    }
}
