package vn.hocvuso.credential.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@AccessLogSlice
class CheckpointTest {

    @Autowired
    AccessLog log;

    @Autowired
    JdbcCheckpoints checkpoints;

    @Autowired
    CheckpointKeys keys;

    @Autowired
    VerifyAccessLog verify;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyLog() {
        AccessLogFixtures.empty(jdbc);
    }

    @Test
    void whenTheLogIsEmptyThenThereIsNothingToSealAndItVerifies() {
        assertThat(checkpoints.sealHead()).isEmpty();
        VerificationReport report = verify.verify();
        assertThat(report.ok()).isTrue();
        assertThat(report.entries()).isZero();
        assertThat(AccessLogFixtures.count(jdbc, "access_log_checkpoint")).isZero();
    }

    @Test
    void whenTheHeadIsSealedThenTheCheckpointIsAnEs256JwsOverSeqHashAndTimeThatThePublishedKeysVerify()
            throws Exception {
        log.appendAll(
                IntStream.rangeClosed(1, 3).mapToObj(AccessLogFixtures::event).toList());
        String head = jdbc.sql("select last_hash from access_log_head")
                .query(String.class)
                .single();

        StoredCheckpoint checkpoint = checkpoints.sealHead().orElseThrow();

        SignedJWT jws = SignedJWT.parse(checkpoint.jws());
        assertThat(jws.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jws.getHeader().getType()).isEqualTo(CheckpointJws.TYPE);
        ECKey published =
                (ECKey) keys.publicJwkSet().getKeyByKeyId(jws.getHeader().getKeyID());
        assertThat(published.isPrivate()).isFalse();
        assertThat(jws.verify(new ECDSAVerifier(published))).isTrue();
        assertThat(jws.getJWTClaimsSet().getLongClaim("seq")).isEqualTo(3);
        assertThat(jws.getJWTClaimsSet().getStringClaim("entry_hash")).isEqualTo(head);
        assertThat(jws.getJWTClaimsSet().getIssuer()).isEqualTo(AccessLogSlice.ISSUER);
        assertThat(jws.getJWTClaimsSet().getIssueTime().toInstant()).isEqualTo(checkpoint.sealedAt());
        assertThat(verify.verify().lastCheckpointSeq()).isEqualTo(3);
    }

    @Test
    void whenTheHeadIsAlreadySealedThenSealingAgainAddsNothing() {
        log.append(AccessLogFixtures.event(1));
        assertThat(checkpoints.sealHead()).isPresent();

        assertThat(checkpoints.sealHead()).isEmpty();
        assertThat(AccessLogFixtures.count(jdbc, "access_log_checkpoint")).isEqualTo(1);
    }

    @Test
    void whenAppendsCrossAMultipleOfTheCheckpointCountThenTheNewHeadIsSealedWithThem() {
        log.appendAll(
                IntStream.rangeClosed(1, 9).mapToObj(AccessLogFixtures::event).toList());
        assertThat(AccessLogFixtures.count(jdbc, "access_log_checkpoint")).isZero();

        log.appendAll(
                IntStream.rangeClosed(10, 14).mapToObj(AccessLogFixtures::event).toList());
        log.appendAll(
                IntStream.rangeClosed(15, 31).mapToObj(AccessLogFixtures::event).toList());

        // a bulk run is sealed at its end: 9 → 14 crosses 10, 14 → 31 crosses 20 and 30 once
        assertThat(jdbc.sql("select seq from access_log_checkpoint order by seq")
                        .query(Long.class)
                        .list())
                .isEqualTo(List.of(14L, 31L));
        VerificationReport report = verify.verify();
        assertThat(report.ok()).isTrue();
        assertThat(report.checkpoints()).isEqualTo(2);
        assertThat(report.entries()).isEqualTo(31);
    }
}
