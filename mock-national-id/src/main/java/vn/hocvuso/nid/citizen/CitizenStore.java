package vn.hocvuso.nid.citizen;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where citizens are kept. Implementations encrypt the personal data they store. */
public interface CitizenStore {

    /** Stores a new citizen; throws {@link DuplicateCitizenException} when the number is taken. */
    void insert(Citizen citizen, String passwordHash);

    Optional<Citizen> findById(UUID id);

    Optional<Citizen> findBySubject(String subject);

    /** The citizen holding {@code digits} (twelve digits, as typed), with the password hash to check. */
    Optional<LoginRecord> findLoginRecord(String digits);

    /** Changes the status; false when no such citizen exists. */
    boolean updateStatus(UUID id, CitizenStatus status, Instant at);

    /** Changes the assurance level; false when no such citizen exists. */
    boolean updateAssuranceLevel(UUID id, AssuranceLevel level, Instant at);

    /** Citizens in registration order. */
    List<Citizen> list(int offset, int limit);

    long count();

    /** A citizen and their password hash, for the login check only. */
    record LoginRecord(Citizen citizen, String passwordHash) {

        @Override
        public String toString() {
            return "LoginRecord[" + citizen + "]";
        }
    }
}
