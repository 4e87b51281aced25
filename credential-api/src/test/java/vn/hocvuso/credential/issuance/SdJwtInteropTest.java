package vn.hocvuso.credential.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.TestAuthServer;
import vn.hocvuso.credential.support.TestLearners;
import vn.hocvuso.keys.LiveKeyRing;
import vn.hocvuso.testsupport.wallet.HolderWallet;
import vn.hocvuso.testsupport.wallet.StoredCredential;

/**
 * Interoperability: the OpenWallet Foundation's {@code @sd-jwt/sd-jwt-vc} (npm, run by Node) verifies
 * our credential with our published key, reads its disclosures, follows its status list, and
 * verifies a presentation our reference wallet built. Fails, never skips, when Node or npm is missing.
 */
class SdJwtInteropTest extends IntegrationTest {

    @Autowired
    LiveKeyRing keys;

    @Test
    @SuppressWarnings("unchecked")
    void whenAnSdJwtLibraryWeDidNotWriteVerifiesOurCredentialThenItAcceptsItsSignatureDisclosuresAndStatus()
            throws Exception {
        HolderWallet wallet = wallet();
        String token = TestAuthServer.walletToken(TestLearners.AN.subject(), BASE_URL);
        List<StoredCredential> issued =
                wallet.requestCredentials(BASE_URL, token, DigitalCompetencyCredential.CONFIGURATION_ID, 2);
        StoredCredential credential = issued.get(0);
        StoredCredential revoked = issued.get(1);
        String revokedId = jdbc.sql("SELECT id FROM issued_credential WHERE holder_key_thumbprint = ?")
                .param(revoked.holderKey().computeThumbprint().toString())
                .query(String.class)
                .single();
        assertThat(operatorPost(revokedId, "revoke", "interoperability test").statusCode())
                .isEqualTo(200);
        String nonce = "verifier-nonce-" + System.nanoTime();
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("issuerJwk", keys.active().publicJwk().toJSONObject());
        input.put("credential", credential.sdJwt());
        input.put("presentation", wallet.present(credential, List.of("given_name"), "https://employer.example", nonce));
        input.put("nonce", nonce);
        input.put("revoked", revoked.sdJwt());

        Map<String, Object> output = runVerifier(input);

        Map<String, Object> verified = (Map<String, Object>) output.get("credential");
        assertThat(verified).as(String.valueOf(verified)).containsEntry("ok", true);
        assertThat((Map<String, Object>) verified.get("header")).containsEntry("typ", "dc+sd-jwt");
        Map<String, Object> claims = (Map<String, Object>) verified.get("claims");
        assertThat(claims)
                .containsEntry("given_name", "Văn An")
                .containsEntry("family_name", "Nguyễn")
                .containsEntry("birthdate", "1989-03-15")
                .containsEntry("vct", BASE_URL + "/vct/digital-competency");
        assertThat(String.valueOf(claims.get("achievement"))).contains("Bình dân học vụ số – Quốc hội số");

        Map<String, Object> presented = (Map<String, Object>) output.get("presentation");
        assertThat(presented).as(String.valueOf(presented)).containsEntry("ok", true);
        assertThat((Map<String, Object>) presented.get("claims"))
                .containsEntry("given_name", "Văn An")
                .doesNotContainKeys("family_name", "birthdate");
        assertThat((Map<String, Object>) output.get("wrongNonce")).containsEntry("ok", false);
        Map<String, Object> rejected = (Map<String, Object>) output.get("revoked");
        assertThat(rejected).containsEntry("ok", false);
        assertThat(String.valueOf(rejected.get("error"))).contains("Status is not valid");
    }

    private Map<String, Object> runVerifier(Map<String, Object> input) throws Exception {
        Path folder = Path.of("interop").toAbsolutePath();
        Files.createDirectories(folder);
        boolean fresh = copy("package.json", folder) | copy("package-lock.json", folder);
        copy("verify.mjs", folder);
        if (fresh || !Files.isDirectory(folder.resolve("node_modules/@sd-jwt/sd-jwt-vc"))) {
            run(folder, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        }
        Path file = Files.createTempFile(folder, "input-", ".json");
        Files.writeString(file, JSONObjectUtils.toJSONString(input));
        String output = run(folder, "node", "verify.mjs", file.toString());
        Files.delete(file);
        String json = output.lines()
                .filter(line -> line.startsWith("{"))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("the verifier printed no JSON:\n" + output));
        return JSONObjectUtils.parse(json);
    }

    /** Copies a resource of the interop folder; true when it changed. */
    private static boolean copy(String name, Path folder) throws IOException {
        try (InputStream in = SdJwtInteropTest.class.getResourceAsStream("/interop/" + name)) {
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
