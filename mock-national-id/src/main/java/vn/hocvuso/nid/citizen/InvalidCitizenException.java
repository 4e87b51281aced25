package vn.hocvuso.nid.citizen;

/** A registration or change that breaks a rule of the registry other than the ID number's structure. */
public final class InvalidCitizenException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidCitizenException(String rule) {
        super(rule);
    }
}
