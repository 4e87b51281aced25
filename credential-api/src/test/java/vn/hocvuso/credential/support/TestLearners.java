package vn.hocvuso.credential.support;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.spec.SecretKeySpec;
import vn.hocvuso.credential.learner.LearnerDirectory;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learner.LearnerKeys;
import vn.hocvuso.credential.learner.LearnerProfile;

/**
 * The demo citizens as credential-api would know them after their portal login: learner keys from
 * their ID numbers with a test lookup key, pairwise subjects for the credential-api sector.
 */
public final class TestLearners implements LearnerDirectory {

    private static final LearnerKeys KEYS = new LearnerKeys(new SecretKeySpec(new byte[32], "HmacSHA256"));

    /** A learner of the tests: subject, key and profile. */
    public record Learner(String subject, LearnerProfile profile) {
        public LearnerKey key() {
            return profile.key();
        }
    }

    public static final Learner AN = learner(
            "pw-credential-api-an",
            "001089000001",
            "Văn An",
            "Nguyễn",
            LocalDate.of(1989, 3, 15),
            "urn:vn:vneid:loa:2");
    public static final Learner BINH = learner(
            "pw-credential-api-binh",
            "079195000002",
            "Thị Bình",
            "Trần",
            LocalDate.of(1995, 7, 2),
            "urn:vn:vneid:loa:2");
    public static final Learner CHAU = learner(
            "pw-credential-api-chau",
            "048302000003",
            "Minh Châu",
            "Lê",
            LocalDate.of(2002, 11, 20),
            "urn:vn:vneid:loa:1");

    private final Map<String, LearnerKey> bySubject = new ConcurrentHashMap<>();
    private final Map<LearnerKey, LearnerProfile> profiles = new ConcurrentHashMap<>();

    public TestLearners() {
        for (Learner learner : new Learner[] {AN, BINH, CHAU}) {
            add(learner);
        }
    }

    public void add(Learner learner) {
        bySubject.put(learner.subject(), learner.key());
        profiles.put(learner.key(), learner.profile());
    }

    /** A new learner with a fresh key, for tests that need one nobody else touches. */
    public static Learner fresh(String name) {
        String digits = String.format("%06d", (int) (Math.random() * 1_000_000));
        return learner(
                "pw-" + name + "-" + digits,
                "001090" + digits,
                name,
                "Phạm",
                LocalDate.of(1990, 1, 1),
                "urn:vn:vneid:loa:2");
    }

    private static Learner learner(
            String subject, String nationalId, String given, String family, LocalDate born, String acr) {
        return new Learner(subject, new LearnerProfile(KEYS.of(nationalId), given, family, born, acr));
    }

    @Override
    public Optional<LearnerProfile> profile(LearnerKey key) {
        return Optional.ofNullable(profiles.get(key));
    }

    @Override
    public Optional<LearnerKey> bySubject(String subject) {
        return Optional.ofNullable(bySubject.get(subject));
    }
}
