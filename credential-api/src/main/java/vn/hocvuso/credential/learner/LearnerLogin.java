package vn.hocvuso.credential.learner;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a national-identity login tells credential-api about a learner, already checked.
 *
 * @param subject auth-server's pairwise subject for the {@code credential-api} sector
 * @param nationalId the learner's personal identification number
 * @param givenName given name
 * @param familyName family name
 * @param birthDate date of birth
 * @param assuranceLevel the {@code acr} of this login
 */
public record LearnerLogin(
        String subject,
        NationalIdNumber nationalId,
        String givenName,
        String familyName,
        LocalDate birthDate,
        String assuranceLevel) {

    public LearnerLogin {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(nationalId, "nationalId");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(assuranceLevel, "assuranceLevel");
    }

    @Override
    public String toString() {
        return "LearnerLogin[personal data hidden]";
    }
}
