package vn.hocvuso.credential.issuance;

import java.util.List;
import vn.hocvuso.credential.learner.LearnerKey;

/** Where issuance records go; the port the issuance transaction writes through. */
public interface IssuedCredentialStore {

    /** Stores a record inside the issuance transaction. */
    void save(IssuedCredential credential);

    /** A learner's credentials, newest first. */
    List<IssuedCredential> ofLearner(LearnerKey learner);
}
