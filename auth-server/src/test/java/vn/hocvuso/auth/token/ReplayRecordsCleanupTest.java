package vn.hocvuso.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hocvuso.auth.client.assertion.JdbcAssertionJtiStore;
import vn.hocvuso.auth.support.FlowTest;

/** Replay-protection rows go once their token or assertion has expired, and not before. */
class ReplayRecordsCleanupTest extends FlowTest {

    @Autowired
    ReplayRecordsCleanup cleanup;

    @Autowired
    JdbcConsumedTokenStore consumed;

    @Autowired
    JdbcAssertionJtiStore jtis;

    @Test
    void whenTheCleanupRunsThenOnlyExpiredRecordsAreDeleted() {
        String expiredToken = "expired-" + java.util.UUID.randomUUID();
        String liveToken = "live-" + java.util.UUID.randomUUID();
        consumed.spend(
                expiredToken,
                JdbcConsumedTokenStore.Kind.REFRESH_TOKEN,
                "a-1",
                Instant.now().minusSeconds(60));
        consumed.spend(
                liveToken,
                JdbcConsumedTokenStore.Kind.REFRESH_TOKEN,
                "a-1",
                Instant.now().plusSeconds(600));
        String expiredJti = java.util.UUID.randomUUID().toString();
        String liveJti = java.util.UUID.randomUUID().toString();
        jtis.recordFirstUse("cleanup-client", expiredJti, Instant.now().minusSeconds(60));
        jtis.recordFirstUse("cleanup-client", liveJti, Instant.now().plusSeconds(600));

        cleanup.deleteExpired();

        assertThat(consumed.spentBy(expiredToken, JdbcConsumedTokenStore.Kind.REFRESH_TOKEN))
                .isEmpty();
        assertThat(consumed.spentBy(liveToken, JdbcConsumedTokenStore.Kind.REFRESH_TOKEN))
                .contains("a-1");
        assertThat(jtis.recordFirstUse(
                        "cleanup-client", expiredJti, Instant.now().plusSeconds(60)))
                .as("an expired jti is forgotten")
                .isTrue();
        assertThat(jtis.recordFirstUse("cleanup-client", liveJti, Instant.now().plusSeconds(60)))
                .as("a live jti is still refused")
                .isFalse();
    }
}
