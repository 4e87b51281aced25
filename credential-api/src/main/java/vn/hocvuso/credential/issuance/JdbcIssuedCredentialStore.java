package vn.hocvuso.credential.issuance;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hocvuso.credential.learner.LearnerKey;

/** Issuance records in the {@code issued_credential} table. */
@Repository
public class JdbcIssuedCredentialStore implements IssuedCredentialStore {

    private final JdbcClient jdbc;

    public JdbcIssuedCredentialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(IssuedCredential credential) {
        jdbc.sql("INSERT INTO issued_credential (id, learner_key, configuration_id, programme_id, framework_version,"
                        + " status_list_id, status_index, holder_key_thumbprint, credential_hash, issued_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        credential.id(),
                        credential.learner().value(),
                        credential.configurationId(),
                        credential.programmeId(),
                        credential.frameworkVersion(),
                        credential.statusListId(),
                        credential.statusIndex(),
                        credential.holderKeyThumbprint(),
                        credential.credentialHash(),
                        credential.issuedAt().atOffset(ZoneOffset.UTC),
                        credential.expiresAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    public List<IssuedCredential> ofLearner(LearnerKey learner) {
        return jdbc.sql("SELECT * FROM issued_credential WHERE learner_key = ? ORDER BY issued_at DESC, id")
                .param(learner.value())
                .query((rs, n) -> new IssuedCredential(
                        rs.getString("id"),
                        new LearnerKey(rs.getString("learner_key")),
                        rs.getString("configuration_id"),
                        rs.getString("programme_id"),
                        rs.getString("framework_version"),
                        rs.getLong("status_list_id"),
                        rs.getInt("status_index"),
                        rs.getString("holder_key_thumbprint"),
                        rs.getString("credential_hash"),
                        rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
