package vn.hocvuso.nid.citizen;

/**
 * A personal identification number that breaks a rule of its structure. The message names the
 * rule (for example {@code province code 003 is not in the official list}) and never repeats the
 * whole number.
 */
public final class InvalidNationalIdException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidNationalIdException(String rule) {
        super(rule);
    }
}
