package vn.hocvuso.nid.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's user name and password. The password comes from an environment variable
 * (production) or from {@code admin.password} in the data folder, generated on first start with
 * owner-only permissions (development), like the keystore password. Only its SHA-256 digest is
 * kept in memory, and candidates are compared in constant time.
 */
public final class AdminCredentials {

    public static final String FILE_NAME = "admin.password";

    private static final Logger LOG = LoggerFactory.getLogger(AdminCredentials.class);

    private final byte[] usernameDigest;
    private final byte[] passwordDigest;

    private AdminCredentials(String username, String password) {
        this.usernameDigest = sha256(username);
        this.passwordDigest = sha256(password);
    }

    /** Reads the password from {@code environment} or the data folder, creating the file when neither has one. */
    public static AdminCredentials resolve(AdminProperties properties, Path dataDir, Map<String, String> environment) {
        String fromEnvironment = environment.get(properties.passwordEnv());
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new AdminCredentials(properties.username(), fromEnvironment);
        }
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath().normalize();
        try {
            if (Files.isRegularFile(file)) {
                String password = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (password.isEmpty()) {
                    throw new IllegalStateException(
                            "admin password file " + file + " is empty: delete it or set " + properties.passwordEnv());
                }
                return new AdminCredentials(properties.username(), password);
            }
            String generated = generate();
            Files.createDirectories(file.getParent());
            createOwnerOnly(file);
            Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
            LOG.info("generated the admin API password into {} (set {} to choose one)", file, properties.passwordEnv());
            return new AdminCredentials(properties.username(), generated);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the admin password file " + file, e);
        }
    }

    /** Whether the pair is the operator's; both halves are always compared, in constant time. */
    public boolean matches(String username, String password) {
        boolean user = MessageDigest.isEqual(usernameDigest, sha256(username == null ? "" : username));
        boolean pass = MessageDigest.isEqual(passwordDigest, sha256(password == null ? "" : password));
        return user & pass;
    }

    private static String generate() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system: the folder's ACL protects it
        }
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "AdminCredentials[hidden]";
    }
}
