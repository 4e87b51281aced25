package vn.hocvuso.nid.citizen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A person in the registry.
 *
 * @param id internal identifier, used in the admin API's URLs (never the ID number)
 * @param subject the stable opaque {@code sub} given to relying parties; random, not derived from
 *     the ID number
 * @param residence the province of residence, released with the {@code address} scope
 */
public record Citizen(
        UUID id,
        String subject,
        NationalIdNumber nationalId,
        PersonName name,
        LocalDate birthdate,
        Gender gender,
        Province residence,
        AssuranceLevel assuranceLevel,
        CitizenStatus status,
        Instant createdAt,
        Instant updatedAt) {

    public Citizen {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(nationalId, "nationalId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthdate, "birthdate");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(residence, "residence");
        Objects.requireNonNull(assuranceLevel, "assuranceLevel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean isActive() {
        return status == CitizenStatus.ACTIVE;
    }

    public Citizen withStatus(CitizenStatus newStatus, Instant at) {
        return new Citizen(
                id, subject, nationalId, name, birthdate, gender, residence, assuranceLevel, newStatus, createdAt, at);
    }

    public Citizen withAssuranceLevel(AssuranceLevel newLevel, Instant at) {
        return new Citizen(
                id, subject, nationalId, name, birthdate, gender, residence, newLevel, status, createdAt, at);
    }

    /** Identifies the record without a word of personal data. */
    @Override
    public String toString() {
        return "Citizen[id=" + id + ", level=" + assuranceLevel.number() + ", status=" + status + "]";
    }
}
