package vn.hocvuso.nid.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hocvuso.nid.support.ProviderTestBase;

class ClientAssertionReplayTest extends ProviderTestBase {

    @Autowired
    ClientAssertionReplay replay;

    @Test
    void whenAJtiIsUsedTwiceThenTheSecondUseIsRefusedButAnotherClientMayUseTheSameValue() {
        String jti = UUID.randomUUID().toString();
        Instant expires = Instant.now().plusSeconds(120);

        assertThat(replay.firstUse("test-rp", jti, expires)).isTrue();
        assertThat(replay.firstUse("test-rp", jti, expires)).isFalse();
        assertThat(replay.firstUse("other-rp", jti, expires)).isTrue();
    }

    @Test
    void whenExpiredIdentifiersArePurgedThenOnlyThoseGo() {
        String expired = UUID.randomUUID().toString();
        String live = UUID.randomUUID().toString();
        Instant now = Instant.now();
        replay.firstUse("test-rp", expired, now.minusSeconds(600));
        replay.firstUse("test-rp", live, now.plusSeconds(600));

        assertThat(replay.purgeExpired(now)).isGreaterThanOrEqualTo(1);

        assertThat(replay.firstUse("test-rp", expired, now.plusSeconds(60))).isTrue();
        assertThat(replay.firstUse("test-rp", live, now.plusSeconds(600))).isFalse();
    }
}
