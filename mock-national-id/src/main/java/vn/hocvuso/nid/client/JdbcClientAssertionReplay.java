package vn.hocvuso.nid.client;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Used assertion identifiers in the database: the primary key makes a second use fail, whatever the instance. */
@Repository
class JdbcClientAssertionReplay implements ClientAssertionReplay {

    private final JdbcClient jdbc;

    JdbcClientAssertionReplay(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean firstUse(String clientId, String jti, Instant expiresAt) {
        try {
            jdbc.sql("insert into client_assertion_jti (client_id, jti, expires_at) values (:client, :jti, :expires)")
                    .param("client", clientId)
                    .param("jti", jti)
                    .param("expires", expiresAt.atOffset(ZoneOffset.UTC))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public int purgeExpired(Instant before) {
        return jdbc.sql("delete from client_assertion_jti where expires_at < :before")
                .param("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
                .update();
    }
}
