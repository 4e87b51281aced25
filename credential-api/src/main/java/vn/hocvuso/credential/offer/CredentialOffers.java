package vn.hocvuso.credential.offer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.hocvuso.credential.issuance.DigitalCompetencyCredential;
import vn.hocvuso.credential.issuance.IssuanceProperties;
import vn.hocvuso.credential.issuance.Secrets;
import vn.hocvuso.credential.issuer.IssuerUrls;
import vn.hocvuso.credential.learner.LearnerKey;
import vn.hocvuso.credential.learning.ProgrammeCompletions;

/**
 * Credential offers with a pre-authorized code (OID4VCI 1.0 §4.1), passed by reference.
 *
 * <p>The offer id in the {@code credential_offer_uri} is the one secret handed out: the
 * pre-authorized code is derived from it (HMAC-SHA256 keyed with the id), so that the offer can be
 * served to the wallet while the database holds only the hashes of both, and the transaction code
 * only as an HMAC keyed with the code.
 */
@Service
public class CredentialOffers {

    public static final String PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

    private final JdbcPreAuthorizedGrantStore store;
    private final ProgrammeCompletions completions;
    private final IssuerUrls urls;
    private final IssuanceProperties properties;
    private final Clock clock;

    /**
     * An offer as the learner's page shows it, once.
     *
     * @param offerUri the {@code credential_offer_uri}
     * @param deepLink the same-device link for a wallet app
     * @param txCode the transaction code, shown apart from the QR code
     * @param expiresAt when the pre-authorized code stops working
     */
    public record CreatedOffer(String offerUri, String deepLink, String txCode, Instant expiresAt) {
        @Override
        public String toString() {
            return "CreatedOffer[expiresAt=" + expiresAt + "]";
        }
    }

    /** The offer cannot be made: the learner has not completed this programme. */
    public static final class NotEligible extends RuntimeException {
        public NotEligible() {
            super("the learner has not completed the programme");
        }
    }

    public CredentialOffers(
            JdbcPreAuthorizedGrantStore store,
            ProgrammeCompletions completions,
            IssuerUrls urls,
            IssuanceProperties properties,
            Clock clock) {
        this.store = store;
        this.completions = completions;
        this.urls = urls;
        this.properties = properties;
        this.clock = clock;
    }

    public CreatedOffer create(LearnerKey learner, String programmeId, String assuranceLevel) {
        if (completions.find(learner, programmeId).isEmpty()) {
            throw new NotEligible();
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.preAuthorizedCodeLifetime());
        String offerId = Secrets.random();
        String code = codeOf(offerId);
        String txCode = Secrets.digits(properties.txCodeLength());
        store.save(
                new PreAuthorizedCode(
                        Secrets.hash(code),
                        Secrets.hash(offerId),
                        learner,
                        DigitalCompetencyCredential.CONFIGURATION_ID,
                        programmeId,
                        assuranceLevel,
                        Secrets.keyedHash(code, txCode),
                        0,
                        expiresAt,
                        Optional.empty()),
                now);
        String offerUri = urls.offerUri(offerId);
        String deepLink = "openid-credential-offer://?credential_offer_uri="
                + URLEncoder.encode(offerUri, StandardCharsets.UTF_8);
        return new CreatedOffer(offerUri, deepLink, txCode, expiresAt);
    }

    /** The Credential Offer object behind a {@code credential_offer_uri}, while its code is usable. */
    public Optional<Map<String, Object>> offer(String offerId) {
        return store.byOffer(Secrets.hash(offerId))
                .filter(code -> code.isUsableAt(clock.instant()))
                .map(code -> offerObject(offerId, code));
    }

    private Map<String, Object> offerObject(String offerId, PreAuthorizedCode code) {
        Map<String, Object> txCode = new LinkedHashMap<>();
        txCode.put("input_mode", "numeric");
        txCode.put("length", properties.txCodeLength());
        txCode.put(
                "description", "Nhập mã giao dịch hiển thị trên trang / Enter the transaction code shown on the page");
        Map<String, Object> grant = new LinkedHashMap<>();
        grant.put("pre-authorized_code", codeOf(offerId));
        grant.put("tx_code", txCode);
        // §4.1.1: names the authorization server, since the metadata lists two.
        grant.put("authorization_server", urls.issuer());
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("credential_issuer", urls.issuer());
        offer.put("credential_configuration_ids", List.of(code.configurationId()));
        offer.put("grants", Map.of(PRE_AUTHORIZED_GRANT, grant));
        return offer;
    }

    static String codeOf(String offerId) {
        return Secrets.keyedHash(offerId, "pre-authorized_code");
    }

    @Scheduled(fixedDelayString = "${credentials.issuance.cleanup-interval:5m}")
    void deleteExpired() {
        store.deleteExpired(clock.instant());
    }
}
