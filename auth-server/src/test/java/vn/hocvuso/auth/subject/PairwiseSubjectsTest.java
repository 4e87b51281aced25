package vn.hocvuso.auth.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class PairwiseSubjectsTest {

    private static SecretKey hmacKey() throws Exception {
        KeyGenerator generator = KeyGenerator.getInstance("HmacSHA256");
        generator.init(256);
        return generator.generateKey();
    }

    @Test
    void whenTheSameAccountIsSeenFromTwoSectorsThenTheSubjectsDiffer() throws Exception {
        PairwiseSubjects subjects = new PairwiseSubjects(hmacKey());

        String portal = subjects.subject("credential-api", "account-1");
        String wallet = subjects.subject("demo-wallet", "account-1");

        assertThat(portal).isNotEqualTo(wallet).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(portal).doesNotContain("account-1");
    }

    @Test
    void whenTheServiceRestartsWithTheSameKeyThenTheSubjectsAreTheSame() throws Exception {
        SecretKey key = hmacKey();

        assertThat(new PairwiseSubjects(key).subject("credential-api", "account-1"))
                .isEqualTo(new PairwiseSubjects(key).subject("credential-api", "account-1"));
    }

    @Test
    void whenTwoAccountsShareASectorThenTheirSubjectsDiffer() throws Exception {
        PairwiseSubjects subjects = new PairwiseSubjects(hmacKey());

        assertThat(subjects.subject("credential-api", "account-1"))
                .isNotEqualTo(subjects.subject("credential-api", "account-2"));
    }

    @Test
    void whenTheSectorAndAccountBoundaryMovesThenTheSubjectChanges() throws Exception {
        PairwiseSubjects subjects = new PairwiseSubjects(hmacKey());

        assertThat(subjects.subject("ab", "c")).isNotEqualTo(subjects.subject("a", "bc"));
    }

    @Test
    void whenAnotherKeyIsUsedThenTheSubjectsAreUnrelated() throws Exception {
        assertThat(new PairwiseSubjects(hmacKey()).subject("credential-api", "account-1"))
                .isNotEqualTo(new PairwiseSubjects(hmacKey()).subject("credential-api", "account-1"));
    }

    @Test
    void whenTheDerivedKeyIsComputedThenItIsNotTheLookupKey() throws Exception {
        SecretKey lookup = hmacKey();

        assertThat(PairwiseSubjects.derive(lookup, "pairwise-subject", "auth-server")
                        .getEncoded())
                .isNotEqualTo(lookup.getEncoded())
                .hasSize(32);
    }

    @Test
    void whenTheSectorIsMissingThenNoSubjectIsMade() throws Exception {
        PairwiseSubjects subjects = new PairwiseSubjects(hmacKey());

        assertThatThrownBy(() -> subjects.subject(" ", "account-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
