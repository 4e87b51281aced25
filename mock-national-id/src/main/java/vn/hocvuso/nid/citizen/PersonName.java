package vn.hocvuso.nid.citizen;

import java.util.Objects;

/**
 * A name in Vietnamese order: the family name first, then the given names (middle and given name
 * together, for example {@code Văn An}). {@link #toString()} hides it: names never reach a log line.
 */
public record PersonName(String familyName, String givenName) {

    public PersonName {
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(givenName, "givenName");
    }

    /** The full name as written in Vietnamese: family name first. */
    public String fullName() {
        return familyName + " " + givenName;
    }

    @Override
    public String toString() {
        return "PersonName[hidden]";
    }
}
