package vn.hocvuso.credential.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Status lists, their allocated entries and the history of status changes, in the database. */
@Repository
public class JdbcStatusListStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    /** A list: its number, how many entries it holds, and the version its entries are at. */
    public record ListRow(long id, int size, long version) {}

    /** An allocated entry. */
    public record EntryRow(long listId, int index, String credentialId, CredentialStatus status) {}

    /** One recorded change. */
    public record ChangeRow(
            CredentialStatus from, CredentialStatus to, String reason, String operator, Instant changedAt) {}

    public JdbcStatusListStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // A failed insert inside the caller's transaction rolls back to a savepoint only: on
        // PostgreSQL an error otherwise aborts the whole transaction.
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public Optional<ListRow> newestList() {
        return jdbc.sql("SELECT id, size, version FROM status_list ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .query((rs, n) -> new ListRow(rs.getLong("id"), rs.getInt("size"), rs.getLong("version")))
                .optional();
    }

    public Optional<ListRow> list(long id) {
        return jdbc.sql("SELECT id, size, version FROM status_list WHERE id = ?")
                .param(id)
                .query((rs, n) -> new ListRow(rs.getLong("id"), rs.getInt("size"), rs.getLong("version")))
                .optional();
    }

    /** Creates list {@code id}; false when another transaction or instance created it first. */
    public boolean createList(long id, int size, Instant now) {
        return insertOrFalse(
                () -> jdbc.sql("INSERT INTO status_list (id, size, bits, version, created_at) VALUES (?, ?, ?, 0, ?)")
                        .params(id, size, StatusList.BITS, utc(now))
                        .update());
    }

    /** Takes index {@code index} of list {@code listId} for a credential; false when it is already taken. */
    public boolean tryAllocate(long listId, int index, String credentialId) {
        return insertOrFalse(
                () -> jdbc.sql("INSERT INTO status_entry (list_id, idx, credential_id, status) VALUES (?, ?, ?, 0)")
                        .params(listId, index, credentialId)
                        .update());
    }

    /** The entries whose status is not valid: all a published list needs, valid being 0. */
    public List<EntryRow> changedEntries(long listId) {
        return jdbc.sql(
                        "SELECT list_id, idx, credential_id, status FROM status_entry WHERE list_id = ? AND status <> 0")
                .param(listId)
                .query((rs, n) -> entry(rs))
                .list();
    }

    public Optional<EntryRow> entryOf(String credentialId) {
        return jdbc.sql("SELECT list_id, idx, credential_id, status FROM status_entry WHERE credential_id = ?")
                .param(credentialId)
                .query((rs, n) -> entry(rs))
                .optional();
    }

    /**
     * Moves an entry from {@code from} to {@code to} and bumps its list's version, or does nothing
     * when the entry is not in {@code from} any more (a concurrent change won): compare-and-set.
     */
    public boolean changeStatus(EntryRow entry, CredentialStatus from, CredentialStatus to) {
        int changed = jdbc.sql("UPDATE status_entry SET status = ? WHERE credential_id = ? AND status = ?")
                .params(to.code(), entry.credentialId(), from.code())
                .update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("UPDATE status_list SET version = version + 1 WHERE id = ?")
                .param(entry.listId())
                .update();
        return true;
    }

    public void recordChange(String credentialId, ChangeRow change) {
        jdbc.sql("INSERT INTO status_change (credential_id, from_status, to_status, reason, operator, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        credentialId,
                        change.from().code(),
                        change.to().code(),
                        change.reason(),
                        change.operator(),
                        utc(change.changedAt()))
                .update();
    }

    public List<ChangeRow> history(String credentialId) {
        return jdbc.sql("SELECT from_status, to_status, reason, operator, changed_at FROM status_change"
                        + " WHERE credential_id = ? ORDER BY id")
                .param(credentialId)
                .query((rs, n) -> new ChangeRow(
                        CredentialStatus.ofCode(rs.getInt("from_status")),
                        CredentialStatus.ofCode(rs.getInt("to_status")),
                        rs.getString("reason"),
                        rs.getString("operator"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private boolean insertOrFalse(Runnable insert) {
        try {
            savepoint.executeWithoutResult(status -> insert.run());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private static EntryRow entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new EntryRow(
                rs.getLong("list_id"),
                rs.getInt("idx"),
                rs.getString("credential_id"),
                CredentialStatus.ofCode(rs.getInt("status")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
