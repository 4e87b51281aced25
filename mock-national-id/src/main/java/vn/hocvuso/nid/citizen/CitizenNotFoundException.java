package vn.hocvuso.nid.citizen;

import java.util.UUID;

/** No citizen has that internal identifier, or that ID number. */
public final class CitizenNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CitizenNotFoundException(UUID id) {
        super("no citizen with id " + id);
    }

    /** For a search by ID number: the message does not repeat the number. */
    public static CitizenNotFoundException byNationalId() {
        return new CitizenNotFoundException("no citizen holds this national ID number");
    }

    private CitizenNotFoundException(String message) {
        super(message);
    }
}
