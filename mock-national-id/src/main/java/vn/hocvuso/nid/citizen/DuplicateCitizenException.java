package vn.hocvuso.nid.citizen;

/** The registry already holds a citizen with that personal identification number. */
public final class DuplicateCitizenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateCitizenException() {
        super("a citizen with this national ID number is already registered");
    }
}
