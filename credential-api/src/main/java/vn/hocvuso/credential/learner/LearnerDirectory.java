package vn.hocvuso.credential.learner;

import java.util.Optional;

/** The learners known to credential-api: those who have logged in with the national identity, and seeded ones. */
public interface LearnerDirectory {

    Optional<LearnerProfile> profile(LearnerKey key);

    /**
     * The learner whose pairwise subject for the {@code credential-api} sector is {@code subject}:
     * how an access token from auth-server (whose {@code sub} is that value) names its learner.
     */
    Optional<LearnerKey> bySubject(String subject);
}
