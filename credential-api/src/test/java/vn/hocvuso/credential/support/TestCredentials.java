package vn.hocvuso.credential.support;

import com.nimbusds.jose.jwk.ECKey;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.issuance.CredentialSubject;
import vn.hocvuso.credential.issuance.CredentialSubjects;
import vn.hocvuso.credential.issuance.DigitalCompetencyCredential;
import vn.hocvuso.credential.issuance.SdJwtVcFactory;
import vn.hocvuso.credential.issuance.WalletGrant;
import vn.hocvuso.credential.status.StatusLists;
import vn.hocvuso.credential.status.StatusReference;
import vn.hocvuso.wallet.Proofs;
import vn.hocvuso.wallet.StoredCredential;

/**
 * Real credentials of this issuer, made in process with the production factory and signing key
 * (faster than the wallet flow, and able to make the ones no wallet would get: expired, not yet
 * valid, with a status list elsewhere).
 */
public final class TestCredentials {

    private final SdJwtVcFactory factory;
    private final CredentialSubjects subjects;
    private final StatusLists lists;
    private final TransactionTemplate transactions;

    /** A credential and the id under which its status is kept. */
    public record Issued(String id, StoredCredential credential, StatusReference status) {}

    public TestCredentials(
            SdJwtVcFactory factory, CredentialSubjects subjects, StatusLists lists, TransactionTemplate transactions) {
        this.factory = factory;
        this.subjects = subjects;
        this.lists = lists;
        this.transactions = transactions;
    }

    /** A credential of Nguyễn Văn An valid from now for two years, with its own status index. */
    public Issued issue() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return issue(now, now.plus(730, ChronoUnit.DAYS));
    }

    public Issued issue(Instant issuedAt, Instant expiresAt) {
        String id = UUID.randomUUID().toString();
        StatusReference status = transactions.execute(tx -> lists.allocate(id));
        return new Issued(id, make(status, issuedAt, expiresAt), status);
    }

    /** A credential whose status reference points at {@code statusUri} (not allocated here). */
    public StoredCredential withStatusAt(URI statusUri, int index) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return make(new StatusReference(1, index, statusUri), now, now.plus(730, ChronoUnit.DAYS));
    }

    private StoredCredential make(StatusReference status, Instant issuedAt, Instant expiresAt) {
        CredentialSubject subject = subjects.resolve(new WalletGrant(
                TestLearners.AN.key(),
                DigitalCompetencyCredential.CONFIGURATION_ID,
                Optional.empty(),
                Optional.of("urn:vn:vneid:loa:2"),
                WalletGrant.AUTHORIZATION_CODE));
        ECKey holder = Proofs.newHolderKey();
        String sdJwt = factory.create(subject, holder.toPublicJWK(), status, issuedAt, expiresAt);
        return StoredCredential.restore(sdJwt, holder);
    }
}
