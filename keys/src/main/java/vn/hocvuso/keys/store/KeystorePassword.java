package vn.hocvuso.keys.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import vn.hocvuso.keys.KeysException;

/**
 * Where the keystore password comes from: an environment variable when it is set (production),
 * otherwise a file beside the keystores, generated on first start and readable only by its owner
 * (development). The password is never logged or printed.
 */
public final class KeystorePassword {

    public static final String FILE_NAME = "keystore.password";

    private KeystorePassword() {}

    /**
     * The password for the keystores in {@code folder}.
     *
     * @param environmentVariable the variable to read first, for example {@code AUTH_KEYSTORE_PASSWORD}
     * @param environment the process environment (a parameter so that tests can pass their own)
     * @param mayCreate whether a missing password file may be generated: only when no keystore
     *     exists yet, so that a lost password file is reported instead of silently replaced
     */
    public static char[] resolve(
            Path folder, String environmentVariable, Map<String, String> environment, boolean mayCreate) {
        String fromEnvironment = environment.get(environmentVariable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.toCharArray();
        }
        Path file = folder.resolve(FILE_NAME).toAbsolutePath().normalize();
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        if (!mayCreate) {
            throw new KeysException("no password for the keystores in "
                    + folder.toAbsolutePath().normalize() + ": set " + environmentVariable + " or restore " + file);
        }
        return create(file);
    }

    private static char[] read(Path file) {
        try {
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new KeysException("password file " + file + " is empty");
            }
            return password.toCharArray();
        } catch (IOException e) {
            throw new KeysException("cannot read password file " + file + ": " + e.getMessage(), e);
        }
    }

    private static char[] create(Path file) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            Files.createDirectories(file.getParent());
            Pkcs12File.createOwnerOnly(file);
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            return password.toCharArray();
        } catch (IOException e) {
            throw new KeysException("cannot create password file " + file + ": " + e.getMessage(), e);
        }
    }
}
