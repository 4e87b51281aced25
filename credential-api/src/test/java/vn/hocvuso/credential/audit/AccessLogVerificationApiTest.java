package vn.hocvuso.credential.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocvuso.credential.operator.OperatorPassword;
import vn.hocvuso.credential.support.PortalIntegrationTest;

/** The operators' verification endpoint and the public checkpoint keys, on the running app. */
class AccessLogVerificationApiTest extends PortalIntegrationTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    AccessLog log;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void whenTheLogIsIntactThenTheOperatorSeesItVerifiedAndSealed() throws Exception {
        appendTwo();

        JsonNode sealed = call(post("/api/v1/operator/access-log/checkpoints"));
        JsonNode report = call(get("/api/v1/operator/access-log/verification"));

        assertThat(sealed.get("sealed").asBoolean()).isTrue();
        assertThat(report.get("status").asString()).isEqualTo("ok");
        assertThat(report.has("firstBroken")).isFalse();
        assertThat(report.get("entries").asLong())
                .isEqualTo(report.get("headSeq").asLong());
        assertThat(report.get("lastCheckpointSeq").asLong())
                .isEqualTo(sealed.get("seq").asLong());
    }

    @Test
    void whenACheckpointIsMadeThenThePublishedKeysVerifyItAndHoldNoPrivatePart() throws Exception {
        appendTwo();
        String jws =
                call(post("/api/v1/operator/access-log/checkpoints")).get("jws").asString();

        String keys = mvc.perform(get("/api/v1/access-log/checkpoint-keys"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/jwk-set+json"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(keys).doesNotContain("\"d\"");
        SignedJWT checkpoint = SignedJWT.parse(jws);
        ECKey key =
                (ECKey) JWKSet.parse(keys).getKeyByKeyId(checkpoint.getHeader().getKeyID());
        assertThat(checkpoint.verify(new ECDSAVerifier(key))).isTrue();
    }

    @Test
    void whenAnEntryIsChangedInTheDatabaseThenTheOperatorIsToldWhereAndNothingElseChanges() throws Exception {
        appendTwo();
        long seq = jdbc.sql("select max(seq) from access_log_entry")
                .query(Long.class)
                .single();
        String answer = jdbc.sql("select answer from access_log_entry where seq = ?")
                .param(seq)
                .query(String.class)
                .single();
        try {
            jdbc.sql("update access_log_entry set answer = 'certified:advanced:valid' where seq = ?")
                    .param(seq)
                    .update();

            JsonNode report = call(get("/api/v1/operator/access-log/verification"));

            assertThat(report.get("status").asString()).isEqualTo("broken");
            assertThat(report.get("firstBroken").get("seq").asLong()).isEqualTo(seq);
            assertThat(report.get("firstBroken").get("problem").asString()).isEqualTo("hash-mismatch");
        } finally {
            jdbc.sql("update access_log_entry set answer = ? where seq = ?")
                    .param(answer)
                    .param(seq)
                    .update();
        }
        assertThat(call(get("/api/v1/operator/access-log/verification"))
                        .get("status")
                        .asString())
                .isEqualTo("ok");
    }

    @Test
    void whenTheVerificationIsAskedForWithoutOperatorCredentialsThenItIsRefusedWithAProblem() throws Exception {
        long checkpoints = count("access_log_checkpoint");
        appendTwo();

        mvc.perform(get("/api/v1/operator/access-log/verification"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic realm=")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/operator/access-log/checkpoints").with(httpBasic("operator", "wrong")))
                .andExpect(status().isUnauthorized());

        assertThat(count("access_log_checkpoint")).isEqualTo(checkpoints);
    }

    private void appendTwo() {
        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        status -> log.appendAll(List.of(AccessLogFixtures.event(1), AccessLogFixtures.event(2))));
    }

    private JsonNode call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        String body = mvc.perform(request.with(httpBasic("operator", password())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String password() throws Exception {
        return Files.readString(Path.of("test-data", "credential-api", OperatorPassword.FILE_NAME))
                .strip();
    }
}
