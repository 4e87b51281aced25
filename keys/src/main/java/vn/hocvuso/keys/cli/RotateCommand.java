package vn.hocvuso.keys.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.hocvuso.keys.KeyAlgorithm;
import vn.hocvuso.keys.KeyRing;
import vn.hocvuso.keys.ManagedKey;

@Command(
        name = "rotate",
        mixinStandardHelpOptions = true,
        description = {
            "Adds a new active signing key. The previous keys stay published and keep verifying",
            "for the overlap, so that tokens signed before the rotation stay valid; keys whose",
            "overlap has ended are dropped. A running service picks up the change within seconds."
        })
final class RotateCommand implements Callable<Integer> {

    @Mixin
    KeyFolderOptions options;

    @Option(
            names = "--alg",
            defaultValue = "ES256",
            paramLabel = "ALG",
            description = "algorithm of the new key: ES256 (default) or RS256")
    String algorithm;

    @Option(
            names = "--overlap",
            defaultValue = "7d",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "how long the previous keys keep verifying, for example 7d, 12h, 30m or P7D"
                    + " (default: ${DEFAULT-VALUE}); make it at least the lifetime of your longest token")
    Duration overlap;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KeyRing ring = options.open().rotate(KeyAlgorithm.of(algorithm), overlap);
        var out = spec.commandLine().getOut();
        out.println("new active key " + ring.active().kid());
        for (ManagedKey key : ring.keys()) {
            key.retiresAt().ifPresent(at -> out.println("  " + key.kid() + " keeps verifying until " + at));
        }
        return 0;
    }
}
