package vn.hocvuso.credential.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The 2-bit list encoding of draft-ietf-oauth-status-list §4.1, without Spring. */
class StatusListTest {

    @Test
    void whenEntriesAreSetThenEachSitsInItsTwoBitsFromTheLeastSignificantEnd() {
        StatusList list = new StatusList(16);
        list.set(0, 1);
        list.set(1, 2);
        list.set(3, 1);
        list.set(5, 2);

        StatusList decoded = StatusList.decompress(list.compressed(), 1 << 20);
        assertThat(decoded.get(0)).isEqualTo(1);
        assertThat(decoded.get(1)).isEqualTo(2);
        assertThat(decoded.get(2)).isZero();
        assertThat(decoded.get(3)).isEqualTo(1);
        assertThat(decoded.get(5)).isEqualTo(2);
        assertThat(decoded).isEqualTo(list);
    }

    @Test
    void whenTheDraftsExampleIsEncodedThenTheFirstByteIsC9() throws Exception {
        // draft-ietf-oauth-status-list §4.1, bits = 2: statuses 1, 2, 0, 3 → first byte 0b11001001.
        StatusList list = new StatusList(8);
        list.set(0, 1);
        list.set(1, 2);
        list.set(2, 0);
        list.set(3, 3);

        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        inflater.setInput(list.compressed());
        byte[] raw = new byte[2];
        assertThat(inflater.inflate(raw)).isEqualTo(2);
        inflater.end();
        assertThat(raw[0] & 0xFF).isEqualTo(0xC9);
        assertThat(raw[1]).isZero();
    }

    @Test
    void whenAnEntryChangesAgainThenOnlyItsBitsChange() {
        StatusList list = new StatusList(8);
        list.set(4, 2);
        list.set(5, 1);
        list.set(4, 0);

        assertThat(list.get(4)).isZero();
        assertThat(list.get(5)).isEqualTo(1);
    }

    @Test
    void whenAFullSizeListIsMostlyValidThenItCompressesToAFewHundredBytes() {
        StatusList list = new StatusList(131_072);
        list.set(77_777, 1);

        assertThat(list.compressed().length).isLessThan(200);
        assertThat(StatusList.decompress(list.compressed(), 131_072).get(77_777))
                .isEqualTo(1);
    }

    @Test
    void whenACompressedListInflatesPastTheLimitThenItIsRefused() {
        byte[] big = new StatusList(1 << 20).compressed();

        assertThatThrownBy(() -> StatusList.decompress(big, 1 << 16)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatusList.decompress(new byte[] {1, 2, 3}, 1 << 16))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whenAnIndexOrValueIsOutOfRangeThenItIsRefused() {
        StatusList list = new StatusList(8);

        assertThatThrownBy(() -> list.set(8, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.set(0, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
