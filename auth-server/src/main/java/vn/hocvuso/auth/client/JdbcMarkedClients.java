package vn.hocvuso.auth.client;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The registered clients carrying one of our client-setting markers, which the client repository cannot list. */
public final class JdbcMarkedClients {

    private final JdbcClient jdbc;

    public JdbcMarkedClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The client ids of the registered clients whose settings hold {@code marker}. */
    public List<String> clientIds(String marker) {
        return jdbc.sql("SELECT client_id FROM oauth2_registered_client WHERE client_settings LIKE :marker")
                .param("marker", "%" + marker + "%")
                .query(String.class)
                .list();
    }
}
