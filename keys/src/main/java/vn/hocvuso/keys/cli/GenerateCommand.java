package vn.hocvuso.keys.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.hocvuso.keys.KeyAlgorithm;
import vn.hocvuso.keys.KeyRing;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Creates the keystore of a service with its first signing key.",
            "Refuses when a keystore already exists: use 'rotate' to add a key to it."
        })
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    KeyFolderOptions options;

    @Option(
            names = "--alg",
            defaultValue = "ES256",
            paramLabel = "ALG",
            description = "ES256 (EC P-256, default) or RS256 (RSA 2048)")
    String algorithm;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KeyRing ring = options.open().generate(KeyAlgorithm.of(algorithm));
        spec.commandLine()
                .getOut()
                .println("created " + options.folder.resolve("keys.p12") + " with active key "
                        + ring.active().kid() + " (" + ring.active().algorithm() + ")");
        return 0;
    }
}
