package vn.hocvuso.auth.consent;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The clients a citizen has consented to, which Spring Authorization Server's consent service cannot list. */
public final class JdbcConsentList {

    private final JdbcClient jdbc;

    public JdbcConsentList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The registered-client ids (internal ids, not client ids) with a consent of this citizen. */
    public List<String> registeredClientIdsOf(String principalName) {
        return jdbc.sql("""
                        SELECT registered_client_id FROM oauth2_authorization_consent
                        WHERE principal_name = :principal ORDER BY registered_client_id
                        """)
                .param("principal", principalName)
                .query(String.class)
                .list();
    }
}
