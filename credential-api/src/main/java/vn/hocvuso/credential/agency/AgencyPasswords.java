package vn.hocvuso.credential.agency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard password of each agency: from the environment variable
 * {@code CREDENTIALS_AGENCY_PASSWORD_<CLIENT_ID>} (upper case, {@code -} as {@code _}) in production;
 * otherwise generated once into {@code agency-<client-id>.password} in the data folder, readable by
 * its owner only, never logged or committed.
 */
public final class AgencyPasswords {

    private static final Logger LOG = LoggerFactory.getLogger(AgencyPasswords.class);

    private AgencyPasswords() {}

    public static String fileName(String agencyId) {
        return "agency-" + agencyId + ".password";
    }

    public static String variable(String agencyId) {
        return "CREDENTIALS_AGENCY_PASSWORD_"
                + agencyId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    public static String resolve(Path dataDir, String agencyId, Map<String, String> environment) {
        String fromEnvironment = environment.get(variable(agencyId));
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        Path file = dataDir.resolve(fileName(agencyId));
        try {
            if (!Files.exists(file)) {
                generate(file);
                LOG.info("agency dashboard password generated in {}", file.toAbsolutePath());
            }
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new IllegalStateException(file + " is empty: delete it to have a new password generated");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the agency password file " + file, e);
        }
    }

    private static void generate(Path file) throws IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".agency", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the file inherits the folder's access control
            }
            Files.writeString(
                    temporary,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n",
                    StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
