package vn.hocvuso.auth.account;

/** The province of residence, as the upstream's {@code address} claim gives it. */
public record Residence(String region, String country, String provinceCode) {

    @Override
    public String toString() {
        return "Residence[redacted]";
    }
}
