package vn.hocvuso.credential.agency.roster;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learner.LearnerKeys;
import vn.hocvuso.credential.learner.NationalIdNumber;
import vn.hocvuso.credential.learner.PersonalDataCipher;

/**
 * Rosters in {@code agency_roster}, {@code agency_roster_unit} and {@code agency_roster_member}.
 * A member is stored as their learner key (keyed hash) and, for the agency's own list of staff not
 * yet certified, their ID number AES-GCM-encrypted and bound to the row; never in plain text.
 */
@Repository
class JdbcRosterStore {

    /** A stored unit. */
    record UnitRow(String id, String name) {}

    /** A stored member: their unit, key and sealed ID number. */
    record MemberRow(String unitId, LearnerKey key, String sealedIdNumber) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final LearnerKeys keys;
    private final PersonalDataCipher cipher;

    JdbcRosterStore(JdbcClient jdbc, JdbcTemplate template, LearnerKeys keys, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.template = template;
        this.keys = keys;
        this.cipher = cipher;
    }

    /** Replaces the roster whole; the caller runs this in one transaction. */
    void replace(String agencyId, String rosterId, RosterUpload upload, Instant now) {
        delete(agencyId, rosterId);
        jdbc.sql("insert into agency_roster (agency_id, roster_id, uploaded_at) values (?, ?, ?)")
                .params(agencyId, rosterId, now.atOffset(ZoneOffset.UTC))
                .update();
        List<Object[]> units = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        int position = 0;
        for (RosterUpload.Unit unit : upload.units()) {
            units.add(new Object[] {agencyId, rosterId, unit.id(), unit.name(), units.size()});
            for (NationalIdNumber number : unit.staff()) {
                LearnerKey key = keys.of(number.digits());
                String sealed = cipher.encrypt(number.digits(), context(agencyId, rosterId, key));
                members.add(new Object[] {agencyId, rosterId, key.value(), unit.id(), position++, sealed});
            }
        }
        template.batchUpdate(
                "insert into agency_roster_unit (agency_id, roster_id, unit_id, unit_name, position)"
                        + " values (?, ?, ?, ?, ?)",
                units);
        template.batchUpdate(
                "insert into agency_roster_member (agency_id, roster_id, learner_key, unit_id, position,"
                        + " id_number_sealed) values (?, ?, ?, ?, ?, ?)",
                members);
    }

    List<String> rosterIds(String agencyId) {
        return jdbc.sql("select roster_id from agency_roster where agency_id = ? order by roster_id")
                .param(agencyId)
                .query(String.class)
                .list();
    }

    List<UnitRow> units(String agencyId, String rosterId) {
        return jdbc.sql("select unit_id, unit_name from agency_roster_unit where agency_id = ? and roster_id = ?"
                        + " order by position")
                .params(agencyId, rosterId)
                .query((rs, row) -> new UnitRow(rs.getString(1), rs.getString(2)))
                .list();
    }

    List<MemberRow> members(String agencyId, String rosterId) {
        return jdbc.sql("select unit_id, learner_key, id_number_sealed from agency_roster_member"
                        + " where agency_id = ? and roster_id = ? order by position")
                .params(agencyId, rosterId)
                .query((rs, row) -> new MemberRow(rs.getString(1), new LearnerKey(rs.getString(2)), rs.getString(3)))
                .list();
    }

    /** The member's ID number: for the agency that uploaded it, on its own dashboard only. */
    String idNumber(String agencyId, String rosterId, MemberRow member) {
        return cipher.decrypt(member.sealedIdNumber(), context(agencyId, rosterId, member.key()));
    }

    private void delete(String agencyId, String rosterId) {
        for (String table : List.of("agency_roster_member", "agency_roster_unit", "agency_roster")) {
            jdbc.sql("delete from " + table + " where agency_id = ? and roster_id = ?")
                    .params(agencyId, rosterId)
                    .update();
        }
    }

    /** The associated data binding a sealed number to its row (NIST SP 800-38D §5.2.1.1). */
    private static String context(String agencyId, String rosterId, LearnerKey key) {
        return "agency_roster_member/" + agencyId + "/" + rosterId + "/" + key.value() + "/id_number";
    }
}
