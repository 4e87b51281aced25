package vn.hocvuso.wallet.cli;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocvuso.wallet.StoredCredential;
import vn.hocvuso.wallet.WalletException;

/**
 * The demo wallet's folder: {@code credentials.json} holds each credential as issued and its holder
 * key pair, private part included, readable by its owner only. A DEMO: a real wallet keeps holder
 * keys in the phone's secure hardware, never in a file.
 */
final class WalletFolder {

    static final String FILE_NAME = "credentials.json";

    private final Path folder;

    WalletFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    Path file() {
        return folder.resolve(FILE_NAME);
    }

    @SuppressWarnings("unchecked")
    List<StoredCredential> load() {
        if (!Files.exists(file())) {
            return List.of();
        }
        try {
            Map<String, Object> json = JSONObjectUtils.parse(Files.readString(file(), StandardCharsets.UTF_8));
            List<StoredCredential> credentials = new ArrayList<>();
            for (Map<String, Object> entry : (List<Map<String, Object>>) json.getOrDefault("credentials", List.of())) {
                ECKey key = ECKey.parse((Map<String, Object>) entry.get("holderKey"));
                credentials.add(StoredCredential.restore((String) entry.get("credential"), key));
            }
            return credentials;
        } catch (IOException | ParseException | RuntimeException e) {
            throw new WalletException("cannot read the wallet file " + file() + ": " + e.getMessage(), e);
        }
    }

    void save(List<StoredCredential> credentials) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (StoredCredential credential : credentials) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("credential", credential.sdJwt());
            entry.put("holderKey", credential.holderKey().toJSONObject());
            entries.add(entry);
        }
        String json = JSONObjectUtils.toJSONString(Map.of("credentials", entries));
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, FILE_NAME, ".tmp");
            if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temporary, json, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new WalletException("cannot write the wallet file " + file() + ": " + e.getMessage(), e);
        }
    }
}
