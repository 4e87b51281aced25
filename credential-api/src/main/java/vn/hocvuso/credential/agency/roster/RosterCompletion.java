package vn.hocvuso.credential.agency.roster;

import java.util.List;

/**
 * How many staff of a roster hold a currently valid certificate, per unit, against the national
 * targets: at least 40 % of officials certified in 2025, 100 % in 2026.
 */
public record RosterCompletion(String rosterId, List<UnitCompletion> units) {

    public static final int TARGET_2025 = 40;
    public static final int TARGET_2026 = 100;

    public RosterCompletion {
        units = List.copyOf(units);
    }

    /** A unit's figures; {@code notCertified} holds ID numbers only when the dashboard asked for them. */
    public record UnitCompletion(String id, String name, int staff, int certified, List<String> notCertified) {

        public UnitCompletion {
            notCertified = List.copyOf(notCertified);
        }

        /** Percent certified, rounded down, so that a unit never shows a target met that it has not met. */
        public int ratePercent() {
            return staff == 0 ? 0 : (int) (certified * 100L / staff);
        }

        public boolean meets(int target) {
            return certified * 100L >= (long) target * staff;
        }
    }

    public int staff() {
        return units.stream().mapToInt(UnitCompletion::staff).sum();
    }

    public int certified() {
        return units.stream().mapToInt(UnitCompletion::certified).sum();
    }

    public int ratePercent() {
        return staff() == 0 ? 0 : (int) (certified() * 100L / staff());
    }

    public boolean meets(int target) {
        return certified() * 100L >= (long) target * staff();
    }
}
