package vn.hocvuso.credential.presentation;

import com.nimbusds.jose.jwk.ECKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.hocvuso.credential.issuance.Secrets;
import vn.hocvuso.credential.issuer.IssuerUrls;
import vn.hocvuso.credential.verification.Expectations;
import vn.hocvuso.credential.verification.Verification;
import vn.hocvuso.credential.verification.VerifierProperties;
import vn.hocvuso.credential.verification.VerifyPresentation;

/**
 * The employer's presentation requests over OpenID4VP 1.0 (same-device link and cross-device QR
 * code, request by reference, {@code direct_post}): create one, serve its signed request object,
 * take the wallet's one response, and show the employer the verdict.
 *
 * <p>A request is answered once. The response is verified first and then closes the request in
 * one conditional update, so that of two racing responses one wins and the other is a replay;
 * a response to a closed or expired request is refused and changes nothing.
 */
@Service
public class PresentationRequests {

    private static final Logger LOG = LoggerFactory.getLogger(PresentationRequests.class);

    private final JdbcPresentationRequestStore store;
    private final RequestObjects requestObjects;
    private final VerifyPresentation verifier;
    private final SealedResults results;
    private final VerifierIdentity identity;
    private final IssuerUrls urls;
    private final VerifierProperties properties;
    private final Clock clock;

    /**
     * A new request as the employer's page shows it.
     *
     * @param transactionId the employer's secret handle on the request (its page address)
     * @param authorizationRequest the {@code openid4vp://} link, also the QR code's content
     * @param expiresAt when the request can no longer be answered
     */
    public record Created(String transactionId, String authorizationRequest, Instant expiresAt) {}

    /** What the employer sees of a request: where it stands, and the verification once answered. */
    public record View(PresentationRequest request, Optional<Verification> verification) {}

    public PresentationRequests(
            JdbcPresentationRequestStore store,
            RequestObjects requestObjects,
            VerifyPresentation verifier,
            SealedResults results,
            VerifierIdentity identity,
            IssuerUrls urls,
            VerifierProperties properties,
            Clock clock) {
        this.store = store;
        this.requestObjects = requestObjects;
        this.verifier = verifier;
        this.results = results;
        this.identity = identity;
        this.urls = urls;
        this.properties = properties;
        this.clock = clock;
    }

    /** A request answered in the configured response mode ({@code credentials.verifier.response-mode}). */
    public Created create(List<OptionalClaim> claims) {
        return create(claims, properties.responseMode());
    }

    /**
     * A request answered with {@code direct_post}, or with {@code direct_post.jwt}: then it gets its
     * own ephemeral P-256 key (OID4VP 1.0 §8.3), whose private part is stored sealed and dies with
     * the request, so that a response can be read only by this request, and only once.
     */
    public Created create(List<OptionalClaim> claims, String responseMode) {
        Instant now = clock.instant();
        String id = Secrets.random();
        Optional<ECKey> responseKey = VerifierProperties.DIRECT_POST_JWT.equals(responseMode)
                ? Optional.of(ResponseEncryption.newKey())
                : Optional.empty();
        PresentationRequest request = new PresentationRequest(
                id,
                Secrets.random(),
                Secrets.random(),
                claims.stream().distinct().sorted().toList(),
                responseMode,
                responseKey.map(ECKey::getKeyID),
                PresentationRequest.Status.PENDING,
                now.plus(properties.requestLifetime()));
        String transactionId = Secrets.random();
        store.save(
                request,
                Secrets.hash(transactionId),
                responseKey.map(key -> results.sealKey(id, key)).orElse(null),
                now);
        LOG.info("presentation request created: claims={} responseMode={}", request.claims(), responseMode);
        return new Created(transactionId, identity.authorizationRequest(request.id()), request.expiresAt());
    }

    /** The signed request object behind a {@code request_uri}, while the request is open. */
    public Optional<String> requestObject(String requestId) {
        Instant now = clock.instant();
        return store.byId(requestId)
                .filter(request -> request.isOpenAt(now))
                .map(request ->
                        requestObjects.sign(request, now, responseKey(request).map(ECKey::toPublicJWK)));
    }

    private Optional<ECKey> responseKey(PresentationRequest request) {
        return store.encryptionKey(request.id()).map(stored -> results.openKey(request.id(), stored));
    }

    /**
     * Takes a {@code direct_post.jwt} response (OID4VP 1.0 §8.3): the JWE names the request's key by
     * {@code kid}; once decrypted, its {@code state} must be the request's, and its {@code vp_token}
     * is verified as in {@link #respond}.
     */
    public String respondEncrypted(String response) {
        ResponseEncryption.Envelope envelope = ResponseEncryption.envelope(response);
        PresentationRequest request = store.byEncryptionKid(envelope.kid())
                .orElseThrow(
                        () -> new ResponseRefused("invalid_request", "no presentation request has this response key"));
        checkOpen(request);
        ECKey key = responseKey(request)
                .orElseThrow(() -> new ResponseRefused("invalid_request", "the request takes no encrypted response"));
        ResponseEncryption.Decrypted decrypted = ResponseEncryption.decrypt(envelope, key);
        if (!request.state().equals(decrypted.state())) {
            throw new ResponseRefused("invalid_request", "the encrypted response is for another request (state)");
        }
        return verifyAndClose(request, decrypted.vpToken());
    }

    /**
     * Takes the wallet's response to the request of {@code state}: verifies the presentation,
     * closes the request with the verdict, and gives the address the holder's browser goes to.
     */
    public String respond(String state, String vpToken) {
        PresentationRequest request = openRequest(state);
        if (!VerifierProperties.DIRECT_POST.equals(request.responseMode())) {
            // No downgrade: a request that asked for an encrypted response takes nothing else.
            throw new ResponseRefused(
                    "invalid_request", "this request takes only an encrypted response (direct_post.jwt)");
        }
        return verifyAndClose(request, vpToken);
    }

    private String verifyAndClose(PresentationRequest request, String vpToken) {
        String presentation = VpToken.presentation(vpToken);
        Verification verification = verifier.verify(
                presentation,
                new Expectations(
                        request.nonce(),
                        identity.clientId(),
                        urls.vct(),
                        request.claims().stream().map(OptionalClaim::claimName).toList()));
        String responseCode = Secrets.random();
        Instant now = clock.instant();
        if (!store.close(
                request.id(),
                PresentationRequest.Status.ANSWERED,
                Secrets.hash(responseCode),
                verification.verdict().code(),
                results.seal(request.id(), verification),
                now,
                now.plus(properties.resultRetention()))) {
            throw new ResponseRefused("invalid_request", "the request has already been answered or has expired");
        }
        LOG.info(
                "presentation received: verdict={} reason={}",
                verification.verdict().code(),
                verification.failureReason().orElse("-"));
        return identity.resultUri(responseCode);
    }

    /** The wallet's error response (OID4VP 1.0 §8.5), for example the holder declined: the request is closed. */
    public void decline(String state, String error) {
        PresentationRequest request = openRequest(state);
        Instant now = clock.instant();
        if (!store.close(
                request.id(),
                PresentationRequest.Status.DECLINED,
                null,
                null,
                null,
                now,
                now.plus(properties.resultRetention()))) {
            throw new ResponseRefused("invalid_request", "the request has already been answered or has expired");
        }
        LOG.info("presentation request declined by the wallet: error={}", error);
    }

    private PresentationRequest openRequest(String state) {
        if (state == null || state.isBlank()) {
            throw new ResponseRefused("invalid_request", "state is missing");
        }
        PresentationRequest request = store.byState(state)
                .orElseThrow(() -> new ResponseRefused("invalid_request", "no presentation request has this state"));
        checkOpen(request);
        return request;
    }

    private void checkOpen(PresentationRequest request) {
        if (request.status() != PresentationRequest.Status.PENDING) {
            throw new ResponseRefused("invalid_request", "the request has already been answered");
        }
        if (!request.isOpenAt(clock.instant())) {
            throw new ResponseRefused("invalid_request", "the request has expired");
        }
    }

    /** The request behind the employer's transaction id. */
    public Optional<View> byTransaction(String transactionId) {
        return store.byTransaction(Secrets.hash(transactionId)).map(this::view);
    }

    /** The request whose response gave {@code responseCode} to the holder's browser (same-device flow). */
    public Optional<View> byResponseCode(String responseCode) {
        return store.byResponseCode(Secrets.hash(responseCode)).map(this::view);
    }

    private View view(PresentationRequest request) {
        Optional<Verification> verification = store.answer(request.id())
                .filter(answer -> answer.sealedResult() != null)
                .map(answer -> results.open(request.id(), answer.sealedResult()));
        return new View(request, verification);
    }

    @Scheduled(fixedDelayString = "${credentials.issuance.cleanup-interval:5m}")
    void deleteExpired() {
        store.deleteExpired(clock.instant());
    }
}
