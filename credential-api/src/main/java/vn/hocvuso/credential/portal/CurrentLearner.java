package vn.hocvuso.credential.portal;

import java.time.Clock;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.learner.JdbcLearnerDirectory;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learner.LearnerKeys;
import vn.hocvuso.credential.learner.LearnerLogin;
import vn.hocvuso.credential.learner.RecordLearnerLogin;

/**
 * The learner behind a portal session: the keyed hash of the session's {@code national_id}. The
 * login recorded them; should the record be missing (a session older than the database), it is
 * recorded again from the same claims.
 */
@Component
class CurrentLearner {

    private final LearnerKeys keys;
    private final JdbcLearnerDirectory learners;
    private final RecordLearnerLogin recordLogin;
    private final Clock clock;

    CurrentLearner(LearnerKeys keys, JdbcLearnerDirectory learners, RecordLearnerLogin recordLogin, Clock clock) {
        this.keys = keys;
        this.learners = learners;
        this.recordLogin = recordLogin;
        this.clock = clock;
    }

    LearnerKey of(OidcUser user) {
        LearnerLogin login = LoginClaims.read(user, clock);
        LearnerKey key = keys.of(login.nationalId().digits());
        if (!learners.exists(key)) {
            recordLogin.record(login);
        }
        return key;
    }
}
