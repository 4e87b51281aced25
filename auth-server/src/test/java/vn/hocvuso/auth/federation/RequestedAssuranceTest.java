package vn.hocvuso.auth.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code acr_values}: any listed level will do, so the lowest known one is what is asked for. */
class RequestedAssuranceTest {

    @Test
    void whenOnlyLevel2IsListedThenLevel2IsRequested() {
        assertThat(AssuranceLevel.requested("urn:vn:vneid:loa:2")).contains(AssuranceLevel.LEVEL_2);
    }

    @Test
    void whenBothLevelsAreListedThenLevel1WillDo() {
        assertThat(AssuranceLevel.requested("urn:vn:vneid:loa:2 urn:vn:vneid:loa:1"))
                .contains(AssuranceLevel.LEVEL_1);
    }

    @Test
    void whenNoKnownLevelIsListedThenNothingIsRequested() {
        assertThat(AssuranceLevel.requested("urn:other:gold")).isEmpty();
        assertThat(AssuranceLevel.requested(" ")).isEmpty();
        assertThat(AssuranceLevel.requested(null)).isEmpty();
    }

    @Test
    void whenTheClientAndTheRequestDisagreeThenTheStricterLevelWins() {
        Optional<AssuranceLevel> one = Optional.of(AssuranceLevel.LEVEL_1);
        Optional<AssuranceLevel> two = Optional.of(AssuranceLevel.LEVEL_2);
        assertThat(AssuranceLevel.stricter(one, two)).isEqualTo(two);
        assertThat(AssuranceLevel.stricter(two, one)).isEqualTo(two);
        assertThat(AssuranceLevel.stricter(Optional.empty(), one)).isEqualTo(one);
        assertThat(AssuranceLevel.stricter(two, Optional.empty())).isEqualTo(two);
    }
}
