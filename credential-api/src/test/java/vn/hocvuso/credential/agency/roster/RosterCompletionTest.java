package vn.hocvuso.credential.agency.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RosterCompletionTest {

    @Test
    void whenAUnitIsJustUnderATargetThenItsRateIsRoundedDownAndTheTargetIsNotMet() {
        RosterCompletion.UnitCompletion unit = new RosterCompletion.UnitCompletion("u", "Unit", 1000, 399, List.of());

        assertThat(unit.ratePercent()).isEqualTo(39);
        assertThat(unit.meets(RosterCompletion.TARGET_2025)).isFalse();
    }

    @Test
    void whenAUnitIsExactlyAtATargetThenItMeetsIt() {
        RosterCompletion.UnitCompletion unit = new RosterCompletion.UnitCompletion("u", "Unit", 5, 2, List.of());

        assertThat(unit.ratePercent()).isEqualTo(40);
        assertThat(unit.meets(RosterCompletion.TARGET_2025)).isTrue();
        assertThat(unit.meets(RosterCompletion.TARGET_2026)).isFalse();
    }

    @Test
    void whenUnitsAreAddedUpThenTheOverallRateIsOverAllStaffNotAnAverageOfRates() {
        RosterCompletion completion = new RosterCompletion(
                "r",
                List.of(
                        new RosterCompletion.UnitCompletion("a", "A", 1, 1, List.of()),
                        new RosterCompletion.UnitCompletion("b", "B", 9, 0, List.of())));

        assertThat(completion.staff()).isEqualTo(10);
        assertThat(completion.certified()).isEqualTo(1);
        assertThat(completion.ratePercent()).isEqualTo(10);
        assertThat(completion.meets(RosterCompletion.TARGET_2025)).isFalse();
    }

    @Test
    void whenAUnitHasNoStaffThenItsRateIsZero() {
        assertThat(new RosterCompletion.UnitCompletion("u", "Unit", 0, 0, List.of()).ratePercent())
                .isZero();
    }
}
