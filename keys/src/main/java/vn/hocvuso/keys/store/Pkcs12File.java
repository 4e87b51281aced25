package vn.hocvuso.keys.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.UUID;
import vn.hocvuso.keys.KeysException;

/**
 * Reads and writes one PKCS#12 file. Reads never modify the file; writes go to a temporary file
 * in the same folder that replaces the original only once it is complete, so that a crash or a
 * full disk never leaves a half-written keystore behind.
 */
public final class Pkcs12File {

    private final Path path;

    public Pkcs12File(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    public Path path() {
        return path;
    }

    public boolean exists() {
        return Files.exists(path);
    }

    public KeyStore load(char[] password) {
        if (!Files.isRegularFile(path)) {
            throw new KeysException("keystore " + path + " does not exist");
        }
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            throw explain(e);
        } catch (GeneralSecurityException e) {
            throw new KeysException("keystore " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static KeyStore empty() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new KeysException("the JDK cannot create a PKCS#12 keystore", e);
        }
    }

    /** Writes {@code store} in place of the file, atomically, readable by its owner only. */
    public void save(KeyStore store, char[] password) {
        Path folder = path.getParent();
        Path temporary = folder.resolve("." + path.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(folder);
            createOwnerOnly(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                store.store(out, password);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temporary);
        } catch (IOException | GeneralSecurityException e) {
            throw new KeysException("cannot write keystore " + path + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The temporary file holds nothing the real file does not; leaving it is harmless.
            }
        }
    }

    private void moveIntoPlace(Path temporary) throws IOException {
        try {
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system (Windows): rely on the folder's ACL
        }
    }

    private KeysException explain(IOException e) {
        if (e.getCause() instanceof UnrecoverableKeyException) {
            return new KeysException("wrong password for keystore " + path
                    + " (the password comes from the environment variable or the password file beside it)");
        }
        if (e instanceof EOFException || sizeOrZero() == 0) {
            return new KeysException("keystore " + path + " is truncated or empty (" + sizeOrZero()
                    + " bytes); restore it from a backup, it was left unchanged");
        }
        return new KeysException(
                "keystore " + path + " is corrupted and cannot be read (" + e.getMessage()
                        + "); restore it from a backup, it was left unchanged",
                e);
    }

    private long sizeOrZero() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }
}
