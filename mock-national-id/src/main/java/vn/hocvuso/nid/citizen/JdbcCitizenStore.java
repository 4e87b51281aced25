package vn.hocvuso.nid.citizen;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The citizen registry in the database; ID numbers and names are encrypted, numbers found by keyed hash. */
@Repository
class JdbcCitizenStore implements CitizenStore {

    private static final String COLUMNS = "id, subject, national_id_enc, family_name_enc, given_name_enc, birthdate,"
            + " gender, province_code, assurance_level, status, created_at, updated_at";

    private final JdbcClient jdbc;
    private final PersonalDataProtector protector;
    private final Provinces provinces;

    JdbcCitizenStore(JdbcClient jdbc, PersonalDataProtector protector, Provinces provinces) {
        this.jdbc = jdbc;
        this.protector = protector;
        this.provinces = provinces;
    }

    @Override
    public void insert(Citizen citizen, String passwordHash) {
        String id = citizen.id().toString();
        try {
            jdbc.sql("insert into citizen (id, subject, national_id_hash, national_id_enc, family_name_enc,"
                            + " given_name_enc, birthdate, gender, province_code, assurance_level, status,"
                            + " password_hash, created_at, updated_at)"
                            + " values (:id, :subject, :hash, :nationalId, :familyName, :givenName, :birthdate,"
                            + " :gender, :province, :level, :status, :passwordHash, :createdAt, :updatedAt)")
                    .param("id", id)
                    .param("subject", citizen.subject())
                    .param("hash", protector.lookupHash(citizen.nationalId().digits()))
                    .param("nationalId", protector.encrypt(citizen.nationalId().digits(), context(id, "national_id")))
                    .param("familyName", protector.encrypt(citizen.name().familyName(), context(id, "family_name")))
                    .param("givenName", protector.encrypt(citizen.name().givenName(), context(id, "given_name")))
                    .param("birthdate", citizen.birthdate())
                    .param("gender", citizen.gender().claimValue())
                    .param("province", citizen.residence().code())
                    .param("level", citizen.assuranceLevel().number())
                    .param("status", citizen.status().name())
                    .param("passwordHash", passwordHash)
                    .param("createdAt", timestamp(citizen.createdAt()))
                    .param("updatedAt", timestamp(citizen.updatedAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DuplicateCitizenException();
        }
    }

    @Override
    public Optional<Citizen> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from citizen where id = :id")
                .param("id", id.toString())
                .query(this::citizen)
                .optional();
    }

    @Override
    public Optional<Citizen> findBySubject(String subject) {
        return jdbc.sql("select " + COLUMNS + " from citizen where subject = :subject")
                .param("subject", subject)
                .query(this::citizen)
                .optional();
    }

    @Override
    public Optional<LoginRecord> findLoginRecord(String digits) {
        return jdbc.sql("select " + COLUMNS + ", password_hash from citizen where national_id_hash = :hash")
                .param("hash", protector.lookupHash(digits))
                .query((rs, row) -> new LoginRecord(citizen(rs, row), rs.getString("password_hash")))
                .optional();
    }

    @Override
    public boolean updateStatus(UUID id, CitizenStatus status, Instant at) {
        return jdbc.sql("update citizen set status = :status, updated_at = :at where id = :id")
                        .param("status", status.name())
                        .param("at", timestamp(at))
                        .param("id", id.toString())
                        .update()
                == 1;
    }

    @Override
    public boolean updateAssuranceLevel(UUID id, AssuranceLevel level, Instant at) {
        return jdbc.sql("update citizen set assurance_level = :level, updated_at = :at where id = :id")
                        .param("level", level.number())
                        .param("at", timestamp(at))
                        .param("id", id.toString())
                        .update()
                == 1;
    }

    @Override
    public List<Citizen> list(int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from citizen order by created_at, id limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(this::citizen)
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from citizen").query(Long.class).single();
    }

    private Citizen citizen(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        String provinceCode = rs.getString("province_code");
        Province residence = provinces
                .find(provinceCode)
                .orElseThrow(() ->
                        new IllegalStateException("citizen " + id + " lives in unknown province " + provinceCode));
        NationalIdNumber number = NationalIdNumber.parse(
                protector.decrypt(rs.getString("national_id_enc"), context(id, "national_id")), provinces);
        PersonName name = new PersonName(
                protector.decrypt(rs.getString("family_name_enc"), context(id, "family_name")),
                protector.decrypt(rs.getString("given_name_enc"), context(id, "given_name")));
        return new Citizen(
                UUID.fromString(id),
                rs.getString("subject"),
                number,
                name,
                rs.getObject("birthdate", LocalDate.class),
                Gender.fromClaimValue(rs.getString("gender")),
                residence,
                AssuranceLevel.ofNumber(rs.getInt("assurance_level")),
                CitizenStatus.valueOf(rs.getString("status")),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static String context(String id, String column) {
        return "citizen/" + id + "/" + column;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
