package vn.hocvuso.credential.learner;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What credential-api knows of a learner from their national-identity login (kept encrypted at rest).
 *
 * @param key the learner's key
 * @param givenName given name
 * @param familyName family name
 * @param birthDate date of birth
 * @param assuranceLevel the {@code acr} of their latest login, for example {@code urn:vn:vneid:loa:2}
 */
public record LearnerProfile(
        LearnerKey key, String givenName, String familyName, LocalDate birthDate, String assuranceLevel) {

    public LearnerProfile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(assuranceLevel, "assuranceLevel");
    }

    @Override
    public String toString() {
        return "LearnerProfile[" + key + "]";
    }
}
