package vn.hocvuso.credential.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script of {@code src/test/resources/interop} with Node, against libraries we did not write
 * (installed with {@code npm ci} from the locked versions). Fails, never skips, when Node or npm is missing.
 */
public final class NodeInterop {

    private static final String[] FILES = {"package.json", "package-lock.json", "verify.mjs", "present.mjs"};

    private NodeInterop() {}

    /** Runs {@code node <script> <input.json>} and reads the last JSON line it prints. */
    public static Map<String, Object> run(String script, Map<String, Object> input) throws Exception {
        Path folder = Path.of("interop").toAbsolutePath();
        Files.createDirectories(folder);
        boolean fresh = false;
        for (String name : FILES) {
            fresh |= copy(name, folder) && name.startsWith("package");
        }
        if (fresh || !Files.isDirectory(folder.resolve("node_modules/@openid4vc/openid4vp"))) {
            run(folder, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        }
        Path file = Files.createTempFile(folder, "input-", ".json");
        Files.writeString(file, JSONObjectUtils.toJSONString(input));
        try {
            String output = run(folder, "node", script, file.toString());
            String json = output.lines()
                    .filter(line -> line.startsWith("{"))
                    .reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError(script + " printed no JSON:\n" + output));
            return JSONObjectUtils.parse(json);
        } finally {
            Files.delete(file);
        }
    }

    /** Copies a resource of the interop folder; true when it changed. */
    private static boolean copy(String name, Path folder) throws IOException {
        try (InputStream in = NodeInterop.class.getResourceAsStream("/interop/" + name)) {
            byte[] content = in.readAllBytes();
            Path target = folder.resolve(name);
            if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), content)) {
                return false;
            }
            Path temporary = Files.createTempFile(folder, name, ".tmp");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            return true;
        }
    }

    private static String run(Path folder, String... command) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish:\n" + output);
        }
        assertThat(process.exitValue())
                .as(String.join(" ", command) + " failed:\n" + output)
                .isZero();
        return output;
    }
}
