package vn.hocvuso.credential.audit;

/** Whether the look was answered, or refused (purpose not allowed, malformed number, ...). */
public enum AccessOutcome {
    ANSWERED("answered"),
    REFUSED("refused");

    private final String value;

    AccessOutcome(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static AccessOutcome of(String value) {
        for (AccessOutcome outcome : values()) {
            if (outcome.value.equals(value)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("unknown access outcome: " + value);
    }
}
