package vn.hocvuso.credential.learner;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a learner at each national-identity login: their key (the ID number's keyed hash), the
 * pairwise subject that names them in auth-server's tokens, their names and birth date
 * (encrypted) and the assurance level of this login.
 */
@Service
public class RecordLearnerLogin {

    private static final Logger LOG = LoggerFactory.getLogger(RecordLearnerLogin.class);

    private final JdbcLearnerDirectory learners;
    private final LearnerKeys keys;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public RecordLearnerLogin(
            JdbcLearnerDirectory learners, LearnerKeys keys, TransactionTemplate transaction, Clock clock) {
        this.learners = learners;
        this.keys = keys;
        this.transaction = transaction;
        this.clock = clock;
    }

    public LearnerKey record(LearnerLogin login) {
        LearnerKey key = keys.of(login.nationalId().digits());
        LearnerProfile profile = new LearnerProfile(
                key, login.givenName(), login.familyName(), login.birthDate(), login.assuranceLevel());
        try {
            save(login, profile);
        } catch (DuplicateKeyException e) {
            // Two first logins of the same learner at once: the other one inserted first; update it.
            save(login, profile);
        }
        LOG.info("learner login recorded: learner={} acr={}", key, login.assuranceLevel());
        return key;
    }

    private void save(LearnerLogin login, LearnerProfile profile) {
        transaction.executeWithoutResult(status -> {
            learners.save(profile, clock.instant());
            learners.link(login.subject(), profile.key(), clock.instant());
        });
    }
}
