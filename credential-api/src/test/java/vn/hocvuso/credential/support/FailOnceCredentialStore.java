package vn.hocvuso.credential.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.hocvuso.credential.issuance.IssuedCredential;
import vn.hocvuso.credential.issuance.IssuedCredentialStore;
import vn.hocvuso.credential.issuance.JdbcIssuedCredentialStore;
import vn.hocvuso.credential.learner.LearnerKey;

/** The real store, which a test can arm to fail the next save: a crash between signing and storing. */
public final class FailOnceCredentialStore implements IssuedCredentialStore {

    private final JdbcIssuedCredentialStore delegate;
    private final AtomicBoolean failNext = new AtomicBoolean();

    public FailOnceCredentialStore(JdbcIssuedCredentialStore delegate) {
        this.delegate = delegate;
    }

    public void failNextSave() {
        failNext.set(true);
    }

    @Override
    public void save(IssuedCredential credential) {
        if (failNext.compareAndSet(true, false)) {
            throw new IllegalStateException("simulated crash after the credential was signed");
        }
        delegate.save(credential);
    }

    @Override
    public List<IssuedCredential> ofLearner(LearnerKey learner) {
        return delegate.ofLearner(learner);
    }
}
