package vn.hocvuso.nid.citizen;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The citizens' contact data in the {@code citizen} table, encrypted per field with the row and
 * column as associated data, like the other personal data of {@link JdbcCitizenStore}.
 */
public final class JdbcCitizenContacts {

    private final JdbcClient jdbc;
    private final PersonalDataProtector protector;

    public JdbcCitizenContacts(JdbcClient jdbc, PersonalDataProtector protector) {
        this.jdbc = jdbc;
        this.protector = protector;
    }

    /** The citizen's contact data; {@link CitizenContact#NONE} when none is recorded or no such citizen. */
    public CitizenContact find(UUID citizenId) {
        String id = citizenId.toString();
        return jdbc.sql("select email_enc, phone_number_enc from citizen where id = :id")
                .param("id", id)
                .query((rs, row) -> new CitizenContact(
                        decrypt(rs.getString("email_enc"), id, "email"),
                        decrypt(rs.getString("phone_number_enc"), id, "phone_number")))
                .optional()
                .orElse(CitizenContact.NONE);
    }

    /** Records the citizen's contact data (fresh IVs every time); false when no such citizen exists. */
    public boolean save(UUID citizenId, CitizenContact contact) {
        String id = citizenId.toString();
        return jdbc.sql("update citizen set email_enc = :email, phone_number_enc = :phone where id = :id")
                        .param(
                                "email",
                                contact.email()
                                        .map(value -> protector.encrypt(value, context(id, "email")))
                                        .orElse(null))
                        .param(
                                "phone",
                                contact.phoneNumber()
                                        .map(value -> protector.encrypt(value, context(id, "phone_number")))
                                        .orElse(null))
                        .param("id", id)
                        .update()
                == 1;
    }

    private Optional<String> decrypt(String stored, String id, String column) {
        return Optional.ofNullable(stored).map(value -> protector.decrypt(value, context(id, column)));
    }

    private static String context(String id, String column) {
        return "citizen/" + id + "/" + column;
    }
}
