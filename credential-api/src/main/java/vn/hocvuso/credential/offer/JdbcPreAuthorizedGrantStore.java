package vn.hocvuso.credential.offer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hocvuso.credential.issuance.WalletGrant;
import vn.hocvuso.credential.learner.LearnerKey;

/** Pre-authorized codes and the opaque access tokens they are exchanged for, by hash. */
@Repository
public class JdbcPreAuthorizedGrantStore {

    private final JdbcClient jdbc;

    public JdbcPreAuthorizedGrantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(PreAuthorizedCode code, Instant createdAt) {
        jdbc.sql("INSERT INTO pre_authorized_code (code_hash, offer_hash, learner_key, configuration_id, programme_id,"
                        + " assurance_level, tx_code_hash, failed_attempts, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
                .params(
                        code.codeHash(),
                        code.offerHash(),
                        code.learner().value(),
                        code.configurationId(),
                        code.programmeId(),
                        code.assuranceLevel(),
                        code.txCodeHash(),
                        utc(createdAt),
                        utc(code.expiresAt()))
                .update();
    }

    public Optional<PreAuthorizedCode> byOffer(String offerHash) {
        return jdbc.sql("SELECT * FROM pre_authorized_code WHERE offer_hash = ?")
                .param(offerHash)
                .query((rs, n) -> code(rs))
                .optional();
    }

    public Optional<PreAuthorizedCode> byCode(String codeHash) {
        return jdbc.sql("SELECT * FROM pre_authorized_code WHERE code_hash = ?")
                .param(codeHash)
                .query((rs, n) -> code(rs))
                .optional();
    }

    /**
     * Takes one transaction-code attempt of a live code: false when the code is unknown, used,
     * expired or out of attempts. Taking the attempt before comparing bounds the guesses even when
     * they arrive all at once.
     */
    public boolean takeAttempt(String codeHash, int maxAttempts, Instant now) {
        return jdbc.sql(
                                "UPDATE pre_authorized_code SET failed_attempts = failed_attempts + 1"
                                        + " WHERE code_hash = ? AND redeemed_at IS NULL AND expires_at > ? AND failed_attempts < ?")
                        .params(codeHash, utc(now), maxAttempts)
                        .update()
                == 1;
    }

    /** Marks the code redeemed and gives back the attempt the right code took: true for exactly one caller. */
    public boolean redeem(String codeHash, Instant now) {
        return jdbc.sql("UPDATE pre_authorized_code SET redeemed_at = ?, failed_attempts = failed_attempts - 1"
                                + " WHERE code_hash = ? AND redeemed_at IS NULL AND expires_at > ?")
                        .params(utc(now), codeHash, utc(now))
                        .update()
                == 1;
    }

    /** Stores a token's hash and grant; {@code dpopKey} is the JWK thumbprint it is bound to, or null. */
    public void saveAccessToken(String tokenHash, PreAuthorizedCode code, Instant expiresAt, String dpopKey) {
        jdbc.sql("INSERT INTO issuance_access_token (token_hash, code_hash, learner_key, configuration_id,"
                        + " programme_id, assurance_level, expires_at, dpop_jkt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        tokenHash,
                        code.codeHash(),
                        code.learner().value(),
                        code.configurationId(),
                        code.programmeId(),
                        code.assuranceLevel(),
                        utc(expiresAt),
                        dpopKey)
                .update();
    }

    /** The grant of a live access token. */
    public Optional<PreAuthorizedTokens.BoundGrant> grantOf(String tokenHash, Instant now) {
        return jdbc.sql("SELECT learner_key, configuration_id, programme_id, assurance_level, dpop_jkt"
                        + " FROM issuance_access_token WHERE token_hash = ? AND expires_at > ?")
                .params(tokenHash, utc(now))
                .query((rs, n) -> new PreAuthorizedTokens.BoundGrant(
                        new WalletGrant(
                                new LearnerKey(rs.getString("learner_key")),
                                rs.getString("configuration_id"),
                                Optional.of(rs.getString("programme_id")),
                                Optional.of(rs.getString("assurance_level")),
                                WalletGrant.PRE_AUTHORIZED_CODE),
                        Optional.ofNullable(rs.getString("dpop_jkt"))))
                .optional();
    }

    /** Forgets expired tokens, then expired codes that no token refers to any more. */
    public void deleteExpired(Instant now) {
        jdbc.sql("DELETE FROM issuance_access_token WHERE expires_at <= ?")
                .param(utc(now))
                .update();
        jdbc.sql("DELETE FROM pre_authorized_code WHERE expires_at <= ? AND NOT EXISTS"
                        + " (SELECT 1 FROM issuance_access_token t WHERE t.code_hash = pre_authorized_code.code_hash)")
                .param(utc(now))
                .update();
    }

    private static PreAuthorizedCode code(ResultSet rs) throws SQLException {
        OffsetDateTime redeemed = rs.getObject("redeemed_at", OffsetDateTime.class);
        return new PreAuthorizedCode(
                rs.getString("code_hash"),
                rs.getString("offer_hash"),
                new LearnerKey(rs.getString("learner_key")),
                rs.getString("configuration_id"),
                rs.getString("programme_id"),
                rs.getString("assurance_level"),
                rs.getString("tx_code_hash"),
                rs.getInt("failed_attempts"),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(redeemed).map(OffsetDateTime::toInstant));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
