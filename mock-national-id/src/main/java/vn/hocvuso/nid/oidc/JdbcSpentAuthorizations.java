package vn.hocvuso.nid.oidc;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deletes authorizations that can no longer be used: Spring Authorization Server keeps every one
 * forever. An authorization stays while its code or any token it issued is alive, and a while
 * longer, so that a replayed code still finds, and revokes, the tokens it issued.
 */
@Repository
public class JdbcSpentAuthorizations {

    private final JdbcClient jdbc;

    JdbcSpentAuthorizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes the authorizations whose code and tokens all expired before {@code before}; returns how many. */
    public int purgeExpiredBefore(Instant before) {
        return jdbc.sql("delete from oauth2_authorization where"
                        + " coalesce(authorization_code_expires_at, access_token_expires_at) is not null"
                        + " and (authorization_code_expires_at is null or authorization_code_expires_at < :before)"
                        + " and (access_token_expires_at is null or access_token_expires_at < :before)"
                        + " and (oidc_id_token_expires_at is null or oidc_id_token_expires_at < :before)"
                        + " and (refresh_token_expires_at is null or refresh_token_expires_at < :before)")
                .param("before", before.atOffset(ZoneOffset.UTC))
                .update();
    }
}
