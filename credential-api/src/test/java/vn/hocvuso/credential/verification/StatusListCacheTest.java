package vn.hocvuso.credential.verification;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.hocvuso.credential.status.StatusListChanged;
import vn.hocvuso.credential.support.ForeignIssuer;
import vn.hocvuso.wallet.Proofs;

/**
 * The verifier's status list cache (draft-ietf-oauth-status-list §8.2, §13.7), with a clock the
 * test moves: a list is used for its ttl (at most the configured maximum) and fetched again after;
 * a list that fails is never cached; a local status change drops the list at once.
 */
class StatusListCacheTest {

    private final MovableClock clock = new MovableClock(Instant.now());
    private StatusListCache cache;
    private String path;

    @BeforeEach
    void cache() {
        VerifierProperties properties = new VerifierProperties(
                "test",
                "",
                "direct_post",
                Duration.ofMinutes(10),
                Duration.ofMinutes(30),
                Duration.ofMinutes(5),
                Duration.ofSeconds(60),
                List.of(),
                List.of(URI.create(ForeignIssuer.url())),
                Duration.ofSeconds(2),
                Duration.ofMinutes(5),
                DataSize.ofMegabytes(1),
                DataSize.ofKilobytes(64));
        HttpDocuments http = new HttpDocuments(properties);
        TrustAnchors anchors = new TrustAnchors(List.of());
        IssuerTrust trust = new IssuerTrust(anchors, new JwtVcIssuerKeys(properties, http, clock));
        cache = new StatusListCache(http, trust, properties, clock);
        path = "/cache-test/t" + System.nanoTime();
    }

    @Test
    void whenAListWasFetchedThenItIsUsedForItsTtlAndFetchedAgainAfter() {
        ForeignIssuer.serveStatusList(path, Map.of(3, 1), ForeignIssuer.key(), 60);

        assertThat(cache.list(uri(), ForeignIssuer.url()).entry(3)).isEqualTo(1);
        ForeignIssuer.serveStatusList(path, Map.of(3, 0), ForeignIssuer.key(), 60);
        clock.move(Duration.ofSeconds(59));
        assertThat(cache.list(uri(), ForeignIssuer.url()).entry(3))
                .as("within the ttl")
                .isEqualTo(1);
        clock.move(Duration.ofSeconds(2));
        assertThat(cache.list(uri(), ForeignIssuer.url()).entry(3))
                .as("after the ttl")
                .isZero();
        ForeignIssuer.server().verify(2, getRequestedFor(urlEqualTo(path)));
    }

    @Test
    void whenTheTtlIsLongerThanTheMaximumThenTheMaximumWins() {
        ForeignIssuer.serveStatusList(path, Map.of(), ForeignIssuer.key(), 86_400);

        cache.list(uri(), ForeignIssuer.url());
        clock.move(Duration.ofMinutes(5).plusSeconds(1));
        cache.list(uri(), ForeignIssuer.url());

        ForeignIssuer.server().verify(2, getRequestedFor(urlEqualTo(path)));
    }

    @Test
    void whenAFetchFailsThenNothingIsCachedAndTheNextVerificationTriesAgain() {
        ForeignIssuer.server()
                .stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(path)
                        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable()));

        assertThatThrownBy(() -> cache.list(uri(), ForeignIssuer.url()))
                .isInstanceOfSatisfying(
                        CheckFailure.class, e -> assertThat(e.reason()).isEqualTo("unreachable"));
        ForeignIssuer.serveStatusList(path, Map.of(), ForeignIssuer.key(), 60);
        assertThat(cache.list(uri(), ForeignIssuer.url()).entry(0)).isZero();
    }

    @Test
    void whenAListIsSignedByAnotherKeyOrForAnotherUriThenItIsInvalid() {
        ForeignIssuer.serveStatusList(path, Map.of(), Proofs.newHolderKey(), 60);

        assertThatThrownBy(() -> cache.list(uri(), ForeignIssuer.url()))
                .isInstanceOfSatisfying(
                        CheckFailure.class, e -> assertThat(e.reason()).isEqualTo("invalid_list"));
        ForeignIssuer.serveStatusList(path, Map.of(), ForeignIssuer.key(), 60);
        assertThatThrownBy(() -> cache.list(uri() + "?other", ForeignIssuer.url()))
                .isInstanceOfSatisfying(
                        CheckFailure.class, e -> assertThat(e.reason()).isIn("invalid_list", "unreachable"));
    }

    @Test
    void whenAStatusOfTheListChangesHereThenTheCachedListIsDropped() {
        ForeignIssuer.serveStatusList(path, Map.of(), ForeignIssuer.key(), 60);
        cache.list(uri(), ForeignIssuer.url());

        cache.onStatusChange(new StatusListChanged(URI.create(uri())));
        cache.list(uri(), ForeignIssuer.url());

        ForeignIssuer.server().verify(2, getRequestedFor(urlEqualTo(path)));
    }

    private String uri() {
        return ForeignIssuer.url() + path;
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
