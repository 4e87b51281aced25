package vn.hocvuso.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void whenKeyIsGeneratedThenItsKidIsItsRfc7638Thumbprint() throws JOSEException {
        ManagedKey key = SigningKeyGenerator.generate(KeyAlgorithm.ES256, "test", T0);

        assertThat(key.kid())
                .isEqualTo(key.jwk().toPublicJWK().computeThumbprint().toString());
        assertThat(key.jwk()).isInstanceOf(ECKey.class);
        assertThat(key.jwk().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(((ECKey) key.jwk()).getCurve().getName()).isEqualTo("P-256");
    }

    @Test
    void whenRsaIsAskedThenA2048BitKeyIsGenerated() {
        ManagedKey key = SigningKeyGenerator.generate(KeyAlgorithm.RS256, "test", T0);

        assertThat(key.jwk().size()).isEqualTo(2048);
        assertThat(key.algorithm()).isEqualTo(KeyAlgorithm.RS256);
    }

    @Test
    void whenJwkSetIsPublishedThenNoPrivatePartIsInIt() {
        KeyRing ring = new KeyRing(List.of(
                SigningKeyGenerator.generate(KeyAlgorithm.ES256, "test", T0),
                SigningKeyGenerator.generate(KeyAlgorithm.RS256, "test", T0.minusSeconds(60))));

        Map<String, Object> json = ring.publicJwkSet(T0).toJSONObject(false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> keys = (List<Map<String, Object>>) json.get("keys");

        assertThat(keys).hasSize(2);
        for (Map<String, Object> key : keys) {
            // RFC 7518 §6.2.2 (EC "d") and §6.3.2 (RSA "d", "p", "q", "dp", "dq", "qi", "oth")
            assertThat(key).doesNotContainKeys("d", "p", "q", "dp", "dq", "qi", "oth");
            assertThat(key).containsKeys("kid", "kty", "use", "alg");
        }
        assertThat(ring.publicJwkSet(T0).toString(false)).doesNotContain("\"d\"");
    }

    @Test
    void whenRotatedThenOldKeyVerifiesDuringOverlapAndNotAfter() throws Exception {
        MutableClock clock = new MutableClock(T0);
        ManagedKey first = SigningKeyGenerator.generate(KeyAlgorithm.ES256, "test", clock.instant());
        KeyRing ring = new KeyRing(List.of(first));
        String tokenFromOldKey = sign(ring.active().jwk(), clock.instant());

        clock.advance(Duration.ofHours(1));
        ManagedKey second = SigningKeyGenerator.generate(KeyAlgorithm.ES256, "test", clock.instant());
        KeyRing rotated = ring.rotate(second, clock.instant(), Duration.ofDays(1));

        assertThat(rotated.active().kid()).isEqualTo(second.kid());
        assertThat(rotated.require(first.kid()).retiresAt())
                .contains(clock.instant().plus(Duration.ofDays(1)));

        clock.advance(Duration.ofHours(23));
        assertThat(verifies(rotated, tokenFromOldKey, clock.instant())).isTrue();
        assertThat(rotated.publicJwkSet(clock.instant()).getKeyByKeyId(first.kid()))
                .isNotNull();

        clock.advance(Duration.ofHours(1));
        assertThat(verifies(rotated, tokenFromOldKey, clock.instant())).isFalse();
        assertThat(rotated.publicJwkSet(clock.instant()).getKeyByKeyId(first.kid()))
                .isNull();
        assertThat(rotated.prune(clock.instant()).keys())
                .extracting(ManagedKey::kid)
                .containsExactly(second.kid());
    }

    @Test
    void whenRotatedTwiceThenAnAlreadyRetiringKeyKeepsItsFirstRetirementTime() {
        ManagedKey first = SigningKeyGenerator.generate(KeyAlgorithm.ES256, "test", T0);
        ManagedKey second = SigningKeyGenerator.generate(KeyAlgorithm.ES256, "test", T0.plusSeconds(10));
        ManagedKey third = SigningKeyGenerator.generate(KeyAlgorithm.ES256, "test", T0.plusSeconds(20));

        KeyRing ring = new KeyRing(List.of(first))
                .rotate(second, T0.plusSeconds(10), Duration.ofHours(1))
                .rotate(third, T0.plusSeconds(20), Duration.ofHours(5));

        assertThat(ring.require(first.kid()).retiresAt())
                .contains(T0.plusSeconds(10).plus(Duration.ofHours(1)));
        assertThat(ring.require(second.kid()).retiresAt())
                .contains(T0.plusSeconds(20).plus(Duration.ofHours(5)));
        assertThat(ring.active().kid()).isEqualTo(third.kid());
    }

    @Test
    void whenKidIsUnknownThenTheErrorNamesItAndTheKnownOnes() {
        KeyRing ring = new KeyRing(List.of(SigningKeyGenerator.generate(KeyAlgorithm.ES256, "test", T0)));

        assertThatThrownBy(() -> ring.require("no-such-kid"))
                .isInstanceOf(KeysException.class)
                .hasMessageContaining("no-such-kid")
                .hasMessageContaining(ring.active().kid());
    }

    @Test
    void whenEveryKeyIsRetiringThenThereIsNoActiveKeyAndTheErrorSaysWhatToDo() {
        ManagedKey retiring =
                SigningKeyGenerator.generate(KeyAlgorithm.ES256, "test", T0).retiringAt(T0.plusSeconds(5));
        KeyRing ring = new KeyRing(List.of(retiring));

        assertThatThrownBy(ring::active).isInstanceOf(KeysException.class).hasMessageContaining("keys rotate");
    }

    @Test
    void whenOverlapIsNegativeThenRotationIsRefused() {
        KeyRing ring = new KeyRing(List.of(SigningKeyGenerator.generate(KeyAlgorithm.ES256, "test", T0)));
        ManagedKey next = SigningKeyGenerator.generate(KeyAlgorithm.ES256, "test", T0);

        assertThatThrownBy(() -> ring.rotate(next, T0, Duration.ofSeconds(-1))).isInstanceOf(KeysException.class);
    }

    private static String sign(JWK key, Instant at) throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder()
                        .subject("s")
                        .issueTime(java.util.Date.from(at))
                        .build());
        jwt.sign(new ECDSASigner(key.toECKey()));
        return jwt.serialize();
    }

    /** Verifies the way a relying party does: find the key by kid in the published set. */
    private static boolean verifies(KeyRing ring, String token, Instant now) throws ParseException, JOSEException {
        SignedJWT jwt = SignedJWT.parse(token);
        JWK key = ring.publicJwkSet(now).getKeyByKeyId(jwt.getHeader().getKeyID());
        return key != null && jwt.verify(new ECDSAVerifier(key.toECKey()));
    }
}
