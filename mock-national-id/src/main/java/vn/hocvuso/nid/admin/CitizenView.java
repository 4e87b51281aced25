package vn.hocvuso.nid.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.hocvuso.nid.citizen.Citizen;

/** A citizen as the admin API shows it: everything but the password hash. */
record CitizenView(
        UUID id,
        String subject,
        String nationalId,
        String name,
        String familyName,
        String givenName,
        LocalDate birthdate,
        String gender,
        String provinceCode,
        String provinceName,
        int assuranceLevel,
        String acr,
        String status,
        Instant createdAt,
        Instant updatedAt) {

    static CitizenView of(Citizen citizen) {
        return new CitizenView(
                citizen.id(),
                citizen.subject(),
                citizen.nationalId().digits(),
                citizen.name().fullName(),
                citizen.name().familyName(),
                citizen.name().givenName(),
                citizen.birthdate(),
                citizen.gender().claimValue(),
                citizen.residence().code(),
                citizen.residence().name(),
                citizen.assuranceLevel().number(),
                citizen.assuranceLevel().acr(),
                citizen.status().name(),
                citizen.createdAt(),
                citizen.updatedAt());
    }

    @Override
    public String toString() {
        return "CitizenView[id=" + id + "]";
    }
}
