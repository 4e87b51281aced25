package vn.hocvuso.keys.cli;

import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;
import vn.hocvuso.keys.ServiceKeys;

/** The options every command takes: which folder, whose keys, where the password comes from. */
final class KeyFolderOptions {

    @Option(
            names = "--dir",
            required = true,
            paramLabel = "FOLDER",
            description = "the service's data folder holding keys.p12, for example data/auth-server")
    Path folder;

    @Option(
            names = "--owner",
            paramLabel = "NAME",
            description = "the service the keys belong to, written into new certificates (default: the folder name)")
    String owner;

    @Option(
            names = "--password-env",
            paramLabel = "VARIABLE",
            defaultValue = "KEYSTORE_PASSWORD",
            description = "environment variable holding the keystore password (default: ${DEFAULT-VALUE});"
                    + " when unset, the file keystore.password in the folder is used")
    String passwordVariable;

    ServiceKeys open() {
        String name = owner != null
                ? owner
                : folder.toAbsolutePath().normalize().getFileName().toString();
        return ServiceKeys.open(folder, name, passwordVariable, System.getenv(), Clock.systemUTC());
    }
}
