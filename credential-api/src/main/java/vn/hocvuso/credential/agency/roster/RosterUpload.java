package vn.hocvuso.credential.agency.roster;

import java.util.List;
import java.util.Objects;
import vn.hocvuso.credential.learner.NationalIdNumber;

/**
 * A staff list as an agency uploads it, checked: units in order, each with its staff's ID numbers.
 * Personal data: only {@link RosterParser} builds it, and it is never logged.
 */
public record RosterUpload(List<Unit> units) {

    public RosterUpload {
        units = List.copyOf(units);
    }

    /** A unit (a department, an office) and its staff. */
    public record Unit(String id, String name, List<NationalIdNumber> staff) {
        public Unit {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            staff = List.copyOf(staff);
        }
    }

    public int staffCount() {
        return units.stream().mapToInt(unit -> unit.staff().size()).sum();
    }
}
