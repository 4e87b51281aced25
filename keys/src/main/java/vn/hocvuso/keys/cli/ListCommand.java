package vn.hocvuso.keys.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.hocvuso.keys.KeyRing;
import vn.hocvuso.keys.ManagedKey;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the keys of a service: kid, algorithm, state, dates and certificate.")
final class ListCommand implements Callable<Integer> {

    @Mixin
    KeyFolderOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KeyRing ring = options.open().load();
        Instant now = Instant.now();
        String activeKid = ring.active().kid();
        var out = spec.commandLine().getOut();
        out.printf("%-44s  %-5s  %-8s  %-20s  %-20s  %s%n", "KID", "ALG", "STATE", "CREATED", "RETIRES", "CERTIFICATE");
        for (ManagedKey key : ring.keys()) {
            String state = key.kid().equals(activeKid) ? "active" : key.isLiveAt(now) ? "overlap" : "retired";
            String certificate = key.chain().size() > 1
                    ? "issued by "
                            + key.chain()
                                    .get(key.chain().size() - 1)
                                    .getSubjectX500Principal()
                                    .getName() + ", until "
                            + key.certificate().getNotAfter().toInstant()
                    : "self-signed";
            out.printf(
                    "%-44s  %-5s  %-8s  %-20s  %-20s  %s%n",
                    key.kid(),
                    key.algorithm(),
                    state,
                    key.createdAt(),
                    key.retiresAt().map(Instant::toString).orElse("-"),
                    certificate);
        }
        return 0;
    }
}
