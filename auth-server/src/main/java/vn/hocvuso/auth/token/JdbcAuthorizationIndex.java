package vn.hocvuso.auth.token;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Finds the authorizations of a citizen with a client, which Spring Authorization Server cannot list. */
public final class JdbcAuthorizationIndex {

    private final JdbcClient jdbc;

    public JdbcAuthorizationIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> idsOf(String registeredClientId, String principalName) {
        return jdbc.sql("""
                        SELECT id FROM oauth2_authorization
                        WHERE registered_client_id = :client AND principal_name = :principal
                        """)
                .param("client", registeredClientId)
                .param("principal", principalName)
                .query(String.class)
                .list();
    }
}
