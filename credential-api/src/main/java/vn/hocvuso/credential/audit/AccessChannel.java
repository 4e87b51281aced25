package vn.hocvuso.credential.audit;

/** How an agency looked: a single query, one row of a bulk check, or a roster completion check. */
public enum AccessChannel {
    SINGLE("single"),
    BULK("bulk"),
    ROSTER("roster");

    private final String value;

    AccessChannel(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static AccessChannel of(String value) {
        for (AccessChannel channel : values()) {
            if (channel.value.equals(value)) {
                return channel;
            }
        }
        throw new IllegalArgumentException("unknown access channel: " + value);
    }
}
