package vn.hocvuso.credential.issuance;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.status.StatusLists;
import vn.hocvuso.credential.status.StatusReference;

/**
 * Issues credentials for a Credential Request (OID4VCI 1.0 §8).
 *
 * <p>Every check that needs no database runs first. Then one transaction consumes the nonce,
 * allocates a status index per credential, signs, and stores the issuance records; the response
 * leaves only after it commits. So a replayed nonce loses the race for its row and gets nothing, and
 * a failure anywhere after signing rolls back the nonce, the indices and the records together: no
 * credential ever reaches a wallet without its record, and none is recorded twice.
 */
@Service
public class IssueCredentials {

    public static final String ISSUED = "credentials.issued";

    private static final Logger LOG = LoggerFactory.getLogger(IssueCredentials.class);

    private final ProofValidator proofs;
    private final CredentialSubjects subjects;
    private final Nonces nonces;
    private final StatusLists statusLists;
    private final SdJwtVcFactory factory;
    private final IssuedCredentialStore store;
    private final IssuanceProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MeterRegistry meters;

    public IssueCredentials(
            ProofValidator proofs,
            CredentialSubjects subjects,
            Nonces nonces,
            StatusLists statusLists,
            SdJwtVcFactory factory,
            IssuedCredentialStore store,
            IssuanceProperties properties,
            PlatformTransactionManager transactions,
            Clock clock,
            MeterRegistry meters) {
        this.proofs = proofs;
        this.subjects = subjects;
        this.nonces = nonces;
        this.statusLists = statusLists;
        this.factory = factory;
        this.store = store;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.meters = meters;
    }

    /** The issued SD-JWT VCs, one per proof, each bound to its proof's key. */
    public List<String> issue(WalletGrant grant, CredentialRequest request) {
        if (!DigitalCompetencyCredential.CONFIGURATION_ID.equals(request.configurationId())) {
            throw CredentialError.unknownConfiguration(
                    "this issuer offers only " + DigitalCompetencyCredential.CONFIGURATION_ID);
        }
        if (!grant.configurationId().equals(request.configurationId())) {
            throw CredentialError.denied("the access token was not granted for this credential configuration");
        }
        List<VerifiedProof> verified = verify(request.jwtProofs());
        CredentialSubject subject = subjects.resolve(grant);
        String nonce = verified.get(0).nonce();
        List<String> issued = transaction.execute(status -> {
            if (!nonces.consume(nonce)) {
                throw CredentialError.invalidNonce("the c_nonce is unknown, used or expired; get a fresh one");
            }
            List<String> credentials = new ArrayList<>(verified.size());
            for (VerifiedProof proof : verified) {
                credentials.add(issueOne(grant, subject, proof));
            }
            return credentials;
        });
        countIssued(request.configurationId(), issued.size());
        return issued;
    }

    /** {@code credentials_issued_total}, by credential configuration (a fixed list): never to whom. */
    private void countIssued(String configurationId, int count) {
        Counter.builder(ISSUED)
                .description("Credentials issued, by credential configuration")
                .tag("configuration", configurationId)
                .register(meters)
                .increment(count);
    }

    private List<VerifiedProof> verify(List<String> jwts) {
        if (jwts.size() > properties.batchSize()) {
            throw CredentialError.invalidProof(
                    "at most " + properties.batchSize() + " proofs per request (batch_size)");
        }
        List<VerifiedProof> verified = jwts.stream().map(proofs::validate).toList();
        if (verified.stream().map(VerifiedProof::thumbprint).distinct().count() != verified.size()) {
            throw CredentialError.invalidProof("each proof of a batch must use a different key");
        }
        if (verified.stream().map(VerifiedProof::nonce).distinct().count() != 1) {
            throw CredentialError.invalidProof("all proofs of a request must carry the same c_nonce");
        }
        return verified;
    }

    private String issueOne(WalletGrant grant, CredentialSubject subject, VerifiedProof proof) {
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(properties.credentialValidity());
        String id = UUID.randomUUID().toString();
        StatusReference status = statusLists.allocate(id);
        String credential = factory.create(subject, proof.holderKey(), status, issuedAt, expiresAt);
        store.save(new IssuedCredential(
                id,
                subject.learner().key(),
                grant.configurationId(),
                subject.programme().id(),
                subject.completion().frameworkVersion(),
                status.listId(),
                status.index(),
                proof.thumbprint(),
                Secrets.hash(credential),
                issuedAt,
                expiresAt));
        LOG.info(
                "credential issued: id={} programme={} grant={} statusList={}",
                id,
                subject.programme().id(),
                grant.grantType(),
                status.listId());
        return credential;
    }
}
