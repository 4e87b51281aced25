package vn.hocvuso.nid.client;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Removes the registered clients that configuration no longer names, with their authorizations and consents. */
@Repository
public class JdbcUnconfiguredClients {

    private final JdbcClient jdbc;

    JdbcUnconfiguredClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public int removeAllExcept(Set<String> clientIds) {
        List<String> stale = jdbc
                .sql("select id, client_id from oauth2_registered_client")
                .query((rs, row) -> new Registered(rs.getString("id"), rs.getString("client_id")))
                .list()
                .stream()
                .filter(registered -> !clientIds.contains(registered.clientId()))
                .map(Registered::id)
                .toList();
        for (String id : stale) {
            jdbc.sql("delete from oauth2_authorization where registered_client_id = :id")
                    .param("id", id)
                    .update();
            jdbc.sql("delete from oauth2_authorization_consent where registered_client_id = :id")
                    .param("id", id)
                    .update();
            jdbc.sql("delete from oauth2_registered_client where id = :id")
                    .param("id", id)
                    .update();
        }
        return stale.size();
    }

    private record Registered(String id, String clientId) {}
}
