package vn.hocvuso.auth.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Citizen accounts in the database. Personal data is encrypted per column (AES-GCM, associated
 * data = column + account id) and the national ID number is also kept as a keyed hash, the only
 * searchable form. The database enforces one account per upstream identity and per ID number.
 */
public final class JdbcCitizenAccountStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final NationalIdHash hash;

    public JdbcCitizenAccountStore(JdbcClient jdbc, PersonalDataCipher cipher, NationalIdHash hash) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.hash = hash;
    }

    public Optional<CitizenAccount> findByUpstream(UpstreamIdentity upstream) {
        return jdbc.sql("SELECT * FROM citizen_account WHERE upstream_issuer = :issuer AND upstream_subject = :subject")
                .param("issuer", upstream.issuer())
                .param("subject", upstream.subject())
                .query(this::map)
                .optional();
    }

    public Optional<CitizenAccount> findById(String id) {
        return jdbc.sql("SELECT * FROM citizen_account WHERE id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** The id of the account holding this ID number, looked up by its keyed hash. */
    public Optional<String> findIdByNationalId(String nationalId) {
        return jdbc.sql("SELECT id FROM citizen_account WHERE national_id_hash = :hash")
                .param("hash", hash.of(nationalId))
                .query(String.class)
                .optional();
    }

    /** Inserts a new account; a duplicate upstream identity or ID number fails with the database's error. */
    public void insert(CitizenAccount account) {
        Map<String, Object> values = encrypted(account);
        values.put("id", account.id());
        values.put("issuer", account.upstream().issuer());
        values.put("subject", account.upstream().subject());
        values.put("hash", hash.of(account.profile().nationalId()));
        values.put("created", utc(account.createdAt()));
        values.put("login", utc(account.lastLoginAt()));
        jdbc.sql("""
                        INSERT INTO citizen_account (id, upstream_issuer, upstream_subject, national_id_hash,
                            national_id_enc, name_enc, given_name_enc, family_name_enc, birthdate_enc, gender_enc,
                            residence_enc, email_enc, phone_number_enc, created_at, last_login_at)
                        VALUES (:id, :issuer, :subject, :hash, :national_id_enc, :name_enc, :given_name_enc,
                            :family_name_enc, :birthdate_enc, :gender_enc, :residence_enc, :email_enc,
                            :phone_number_enc, :created, :login)
                        """).params(values).update();
    }

    /** Refreshes the personal data and the login time of an existing account (fresh IVs every time). */
    public void updateProfile(CitizenAccount account) {
        Map<String, Object> values = encrypted(account);
        values.put("id", account.id());
        values.put("login", utc(account.lastLoginAt()));
        jdbc.sql("""
                        UPDATE citizen_account SET national_id_enc = :national_id_enc, name_enc = :name_enc,
                            given_name_enc = :given_name_enc, family_name_enc = :family_name_enc,
                            birthdate_enc = :birthdate_enc, gender_enc = :gender_enc,
                            residence_enc = :residence_enc, email_enc = :email_enc,
                            phone_number_enc = :phone_number_enc, last_login_at = :login
                        WHERE id = :id
                        """).params(values).update();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM citizen_account")
                .query(Long.class)
                .single();
    }

    private Map<String, Object> encrypted(CitizenAccount account) {
        CitizenProfile profile = account.profile();
        String id = account.id();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("national_id_enc", cipher.encrypt(profile.nationalId(), "national_id_enc", id));
        values.put("name_enc", encrypt(profile.name(), "name_enc", id));
        values.put("given_name_enc", encrypt(profile.givenName(), "given_name_enc", id));
        values.put("family_name_enc", encrypt(profile.familyName(), "family_name_enc", id));
        values.put("birthdate_enc", encrypt(profile.birthdate(), "birthdate_enc", id));
        values.put("gender_enc", encrypt(profile.gender(), "gender_enc", id));
        values.put("residence_enc", encrypt(profile.residence().map(JSON::writeValueAsString), "residence_enc", id));
        values.put("email_enc", encrypt(profile.email(), "email_enc", id));
        values.put("phone_number_enc", encrypt(profile.phoneNumber(), "phone_number_enc", id));
        return values;
    }

    private String encrypt(Optional<String> value, String column, String accountId) {
        return value.map(plain -> cipher.encrypt(plain, column, accountId)).orElse(null);
    }

    private CitizenAccount map(ResultSet row, int rowNumber) throws SQLException {
        String id = row.getString("id");
        CitizenProfile profile = new CitizenProfile(
                cipher.decrypt(row.getString("national_id_enc"), "national_id_enc", id),
                decrypt(row, "name_enc", id),
                decrypt(row, "given_name_enc", id),
                decrypt(row, "family_name_enc", id),
                decrypt(row, "birthdate_enc", id),
                decrypt(row, "gender_enc", id),
                decrypt(row, "residence_enc", id).map(json -> JSON.readValue(json, Residence.class)),
                decrypt(row, "email_enc", id),
                decrypt(row, "phone_number_enc", id));
        return new CitizenAccount(
                id,
                new UpstreamIdentity(row.getString("upstream_issuer"), row.getString("upstream_subject")),
                profile,
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getObject("last_login_at", OffsetDateTime.class).toInstant());
    }

    private Optional<String> decrypt(ResultSet row, String column, String accountId) throws SQLException {
        String stored = row.getString(column);
        return stored == null ? Optional.empty() : Optional.of(cipher.decrypt(stored, column, accountId));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
