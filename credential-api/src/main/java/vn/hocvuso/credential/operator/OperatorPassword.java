package vn.hocvuso.credential.operator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator password: from an environment variable in production; otherwise generated once into
 * {@code operator.password} in the data folder, readable by its owner only, and never logged or
 * committed (the data folder is git-ignored).
 */
public final class OperatorPassword {

    public static final String FILE_NAME = "operator.password";

    private static final Logger LOG = LoggerFactory.getLogger(OperatorPassword.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private OperatorPassword() {}

    public static String resolve(Path dataDir, String variable, Map<String, String> environment) {
        String fromEnvironment = environment.get(variable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                generate(file);
                LOG.info("operator password generated in {} (set {} to choose one)", file.toAbsolutePath(), variable);
            }
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new IllegalStateException(
                        file + " is empty: delete it to have a new operator password generated");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the operator password file " + file, e);
        }
    }

    private static void generate(Path file) throws IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".operator", ".tmp");
        try {
            restrict(temporary);
            Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the file inherits the folder's access control
        }
    }
}
