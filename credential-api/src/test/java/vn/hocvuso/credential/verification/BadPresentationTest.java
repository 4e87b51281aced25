package vn.hocvuso.credential.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.authlete.sd.Disclosure;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.issuance.CredentialSubjects;
import vn.hocvuso.credential.issuance.SdJwtVcFactory;
import vn.hocvuso.credential.issuer.IssuerUrls;
import vn.hocvuso.credential.status.CredentialStatuses;
import vn.hocvuso.credential.status.StatusChange;
import vn.hocvuso.credential.status.StatusLists;
import vn.hocvuso.credential.support.ForeignIssuer;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.Presentations;
import vn.hocvuso.credential.support.TestCredentials;
import vn.hocvuso.keys.x509.CertificateAuthority;
import vn.hocvuso.testsupport.AppProcess;
import vn.hocvuso.wallet.Proofs;
import vn.hocvuso.wallet.StoredCredential;

/**
 * Each bad input of the issue, one test each: the presentation, the check that fails and the
 * reason it gives, and that the verdict is never valid. Honest presentations pass, so that every
 * refusal here is caused by the one thing the test breaks.
 */
class BadPresentationTest extends IntegrationTest {

    private static final String NONCE = "nonce-of-the-request";

    @Autowired
    VerifyPresentation verifier;

    @Autowired
    SdJwtVcFactory factory;

    @Autowired
    CredentialSubjects subjects;

    @Autowired
    StatusLists lists;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CredentialStatuses statuses;

    @Autowired
    IssuerUrls urls;

    TestCredentials credentials;
    TestCredentials.Issued issued;
    StoredCredential credential;
    String jwt;

    @BeforeEach
    void issue() {
        credentials = new TestCredentials(factory, subjects, lists, transactions);
        issued = credentials.issue();
        credential = issued.credential();
        jwt = credential.parsed().getCredentialJwt();
    }

    @Test
    void whenTheHolderPresentsHonestlyThenEveryCheckPasses() {
        Verification verification = verify(Presentations.honest(credential, List.of("given_name"), NONCE));

        assertThat(verification.checks()).allMatch(CheckResult::passed);
        assertThat(verification.isValid()).isTrue();
        assertThat(verification.credential().orElseThrow().claims())
                .containsEntry("given_name", "Văn An")
                .doesNotContainKeys("family_name", "birthdate", "cnf", "status");
    }

    @Test
    void whenADisclosureIsTamperedThenTheDisclosuresCheckFails() {
        Disclosure original =
                Presentations.disclosures(credential, "given_name").get(0);
        Disclosure tampered = new Disclosure(original.getSalt(), "given_name", "Mallory");

        assertFails(boundWith(List.of(tampered)), Check.DISCLOSURES, "unknown_disclosure");
    }

    @Test
    void whenADisclosureComesFromAnotherCredentialThenTheDisclosuresCheckFails() {
        StoredCredential other = credentials.issue().credential();
        Disclosure foreign = Presentations.disclosures(other, "birthdate").get(0);

        assertFails(boundWith(List.of(foreign)), Check.DISCLOSURES, "unknown_disclosure");
    }

    @Test
    void whenADisclosureIsSentTwiceThenTheDisclosuresCheckFails() {
        Disclosure name = Presentations.disclosures(credential, "given_name").get(0);

        assertFails(boundWith(List.of(name, name)), Check.DISCLOSURES, "duplicate_disclosure");
    }

    @Test
    @SuppressWarnings("unchecked")
    void whenAnSdDigestIsRemovedThenTheIssuerSignatureFails() {
        Map<String, Object> payload = Presentations.payload(jwt);
        List<Object> digests = new ArrayList<>((List<Object>) payload.get("_sd"));
        digests.remove(0);
        payload.put("_sd", digests);

        assertFails(presentWithJwt(Presentations.withPayload(jwt, payload)), Check.ISSUER, "bad_signature");
    }

    @Test
    @SuppressWarnings("unchecked")
    void whenAnSdDigestIsAddedThenTheIssuerSignatureFails() {
        Disclosure invented = new Disclosure("national_id", "001089000001");
        Map<String, Object> payload = Presentations.payload(jwt);
        List<Object> digests = new ArrayList<>((List<Object>) payload.get("_sd"));
        digests.add(invented.digest());
        payload.put("_sd", digests);
        String forged = Presentations.withPayload(jwt, payload);

        assertFails(
                Presentations.bound(
                        forged,
                        List.of(invented),
                        Presentations.kbClaims(forged, List.of(invented), NONCE),
                        credential.holderKey()),
                Check.ISSUER,
                "bad_signature");
    }

    @Test
    void whenTheSdHashIsNotOfThisPresentationThenKeyBindingFails() {
        List<Disclosure> shown = Presentations.disclosures(credential, "given_name");
        Map<String, Object> claims =
                Presentations.kbClaims(jwt, Presentations.disclosures(credential, "given_name", "family_name"), NONCE);

        assertFails(
                Presentations.bound(jwt, shown, claims, credential.holderKey()), Check.KEY_BINDING, "wrong_sd_hash");
    }

    @Test
    void whenADisclosureIsDroppedAfterTheHolderSignedThenKeyBindingFails() {
        String honest = Presentations.honest(credential, List.of("given_name", "family_name"), NONCE);
        String[] parts = honest.split("~");
        String dropped = parts[0] + "~" + parts[1] + "~" + parts[3];

        assertFails(dropped, Check.KEY_BINDING, "wrong_sd_hash");
    }

    @Test
    void whenTheKeyBindingIsForAnotherNonceThenKeyBindingFails() {
        assertFails(
                Proofs.presentation(
                        credential, List.of("given_name"), Presentations.AUDIENCE, "another", Instant.now()),
                Check.KEY_BINDING,
                "wrong_nonce");
    }

    @Test
    void whenTheKeyBindingIsForAnotherAudienceThenKeyBindingFails() {
        assertFails(
                Proofs.presentation(
                        credential, List.of("given_name"), "x509_san_dns:employer.example", NONCE, Instant.now()),
                Check.KEY_BINDING,
                "wrong_audience");
    }

    @Test
    void whenTheKeyBindingIsStaleThenKeyBindingFails() {
        assertFails(
                Proofs.presentation(
                        credential,
                        List.of("given_name"),
                        Presentations.AUDIENCE,
                        NONCE,
                        Instant.now().minus(Duration.ofMinutes(6))),
                Check.KEY_BINDING,
                "stale");
    }

    @Test
    void whenTheKeyBindingIsSignedByAnotherKeyThenKeyBindingFails() {
        List<Disclosure> shown = Presentations.disclosures(credential, "given_name");

        assertFails(
                Presentations.bound(jwt, shown, Presentations.kbClaims(jwt, shown, NONCE), Proofs.newHolderKey()),
                Check.KEY_BINDING,
                "bad_signature");
    }

    @Test
    void whenTheKeyBindingIsMissingThenKeyBindingFails() {
        List<Disclosure> shown = Presentations.disclosures(credential, "given_name");

        assertFails(new com.authlete.sd.SDJWT(jwt, shown).toString(), Check.KEY_BINDING, "missing");
    }

    @Test
    void whenTheIssuerIsNotTrustedThenTheIssuerCheckFails() throws Exception {
        // A rogue root certifies a key for the very same host name: the chain does not lead to our anchor.
        Instant now = Instant.now();
        CertificateAuthority rogue =
                CertificateAuthority.create("rogue root", now.minusSeconds(60), Duration.ofDays(30));
        ECKey key = Proofs.newHolderKey();
        List<X509Certificate> chain =
                rogue.issue(key.toECPublicKey(), "localhost", "localhost", now.minusSeconds(60), Duration.ofDays(10));
        List<Base64> x5c = new ArrayList<>();
        for (X509Certificate certificate : chain) {
            x5c.add(Base64.encode(certificate.getEncoded()));
        }
        ECKey holder = Proofs.newHolderKey();
        StoredCredential rogueCredential = ForeignIssuer.credential(
                BASE_URL, urls.vct(), key, x5c, holder, issued.status().uri().toString(), 1);

        assertFails(
                Presentations.honest(rogueCredential, List.of("given_name"), NONCE), Check.ISSUER, "untrusted_issuer");
        StoredCredential unlisted = ForeignIssuer.credential(
                "https://unlisted.example",
                urls.vct(),
                key,
                null,
                holder,
                issued.status().uri().toString(),
                1);
        assertFails(Presentations.honest(unlisted, List.of("given_name"), NONCE), Check.ISSUER, "untrusted_issuer");
    }

    @Test
    void whenTheCredentialHasExpiredThenTheValidityCheckFails() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StoredCredential expired = credentials
                .issue(now.minus(800, ChronoUnit.DAYS), now.minus(70, ChronoUnit.DAYS))
                .credential();

        assertFails(Presentations.honest(expired, List.of("given_name"), NONCE), Check.VALIDITY, "expired");
    }

    @Test
    void whenTheCredentialIsRevokedThenTheStatusCheckSaysRevoked() {
        String presentation = Presentations.honest(credential, List.of("given_name"), NONCE);
        assertThat(verify(presentation).isValid()).isTrue();

        statuses.apply(issued.id(), StatusChange.REVOKE, "test", "tester");

        assertFails(presentation, Check.STATUS, "revoked");
    }

    @Test
    void whenTheCredentialIsSuspendedThenTheStatusCheckSaysSuspendedUntilReinstated() {
        String presentation = Presentations.honest(credential, List.of("given_name"), NONCE);

        statuses.apply(issued.id(), StatusChange.SUSPEND, "identity check", "tester");
        assertFails(presentation, Check.STATUS, "suspended");

        statuses.apply(issued.id(), StatusChange.REINSTATE, "checked", "tester");
        assertThat(verify(presentation).isValid()).isTrue();
    }

    @Test
    void whenTheStatusListIsUnreachableThenTheStatusCheckSaysSoAndTheVerdictIsNotValid() {
        StoredCredential unreachable = credentials.withStatusAt(
                URI.create("http://127.0.0.1:" + AppProcess.freePort() + "/status-lists/1"), 7);

        Verification verification = assertFails(
                Presentations.honest(unreachable, List.of("given_name"), NONCE), Check.STATUS, "unreachable");
        assertThat(verification.checks().stream().filter(check -> check.check() != Check.STATUS))
                .allMatch(CheckResult::passed);
    }

    @Test
    void whenTheStatusListAnswersAnErrorOrIsSignedByAnotherKeyThenTheStatusCheckFails() {
        ForeignIssuer.server()
                .stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/lists/broken")
                        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.serverError()));
        ForeignIssuer.serveStatusList("/lists/forged", Map.of(), Proofs.newHolderKey(), 60);

        assertFails(
                Presentations.honest(
                        credentials.withStatusAt(URI.create(ForeignIssuer.url() + "/lists/broken"), 1),
                        List.of(),
                        NONCE),
                Check.STATUS,
                "unreachable");
        assertFails(
                Presentations.honest(
                        credentials.withStatusAt(URI.create(ForeignIssuer.url() + "/lists/forged"), 1),
                        List.of(),
                        NONCE),
                Check.STATUS,
                "invalid_list");
    }

    @Test
    void whenTheIssuerJwtIsUnsignedThenTheFormatCheckFails() {
        Map<String, Object> header = new LinkedHashMap<>(Presentations.header(jwt));
        header.put("alg", "none");
        String unsigned = Presentations.unsigned(header, Presentations.payload(jwt));

        assertFails(presentWithJwt(unsigned), Check.FORMAT, "malformed");
    }

    @Test
    void whenTheKeyBindingJwtIsUnsignedOrHmacThenKeyBindingFails() throws Exception {
        List<Disclosure> shown = Presentations.disclosures(credential, "given_name");
        Map<String, Object> claims = Presentations.kbClaims(jwt, shown, NONCE);
        String none = Presentations.unsigned(Map.of("alg", "none", "typ", "kb+jwt"), claims);
        com.nimbusds.jwt.SignedJWT hmac = new com.nimbusds.jwt.SignedJWT(
                new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.HS256)
                        .type(new com.nimbusds.jose.JOSEObjectType("kb+jwt"))
                        .build(),
                com.nimbusds.jwt.JWTClaimsSet.parse(claims));
        hmac.sign(new com.nimbusds.jose.crypto.MACSigner(new byte[32]));

        assertFails(new com.authlete.sd.SDJWT(jwt, shown, none).toString(), Check.KEY_BINDING, "malformed");
        assertFails(
                new com.authlete.sd.SDJWT(jwt, shown, hmac.serialize()).toString(),
                Check.KEY_BINDING,
                "algorithm_not_allowed");
    }

    @Test
    void whenTheStatusListTokenIsUnsignedThenTheStatusCheckFails() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sub", ForeignIssuer.url() + "/lists/unsigned");
        payload.put("iat", Instant.now().getEpochSecond());
        payload.put("status_list", Map.of("bits", 2, "lst", "eNpjYBgFAAEAAAE"));
        ForeignIssuer.server()
                .stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/lists/unsigned")
                        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                                .withHeader("Content-Type", "application/statuslist+jwt")
                                .withBody(Presentations.unsigned(
                                        Map.of("alg", "none", "typ", "statuslist+jwt"), payload))));

        assertFails(
                Presentations.honest(
                        credentials.withStatusAt(URI.create(ForeignIssuer.url() + "/lists/unsigned"), 1),
                        List.of(),
                        NONCE),
                Check.STATUS,
                "invalid_list");
    }

    @Test
    void whenAnAllowListedIssuerSignsWithItsPublishedKeyThenItIsTrustedAndItsStatusListIsRead() {
        ForeignIssuer.serveStatusList("/lists/1", Map.of(5, 1), ForeignIssuer.key(), 60);
        ECKey holder = Proofs.newHolderKey();
        StoredCredential good = ForeignIssuer.credential(
                ForeignIssuer.url(),
                urls.vct(),
                ForeignIssuer.key(),
                null,
                holder,
                ForeignIssuer.url() + "/lists/1",
                4);
        StoredCredential revoked = ForeignIssuer.credential(
                ForeignIssuer.url(),
                urls.vct(),
                ForeignIssuer.key(),
                null,
                holder,
                ForeignIssuer.url() + "/lists/1",
                5);
        StoredCredential otherType = ForeignIssuer.credential(
                ForeignIssuer.url(),
                "https://other.example/vct",
                ForeignIssuer.key(),
                null,
                holder,
                ForeignIssuer.url() + "/lists/1",
                4);

        Verification verification = verify(Presentations.honest(good, List.of("given_name"), NONCE));

        assertThat(verification.isValid()).isTrue();
        assertThat(verification.check(Check.ISSUER).reason()).isEqualTo("issuer_keys");
        assertFails(Presentations.honest(revoked, List.of(), NONCE), Check.STATUS, "revoked");
        assertFails(Presentations.honest(otherType, List.of(), NONCE), Check.VCT, "wrong_vct");
    }

    private String boundWith(List<Disclosure> disclosures) {
        return Presentations.bound(
                jwt, disclosures, Presentations.kbClaims(jwt, disclosures, NONCE), credential.holderKey());
    }

    private String presentWithJwt(String credentialJwt) {
        List<Disclosure> shown = Presentations.disclosures(credential, "given_name");
        return Presentations.bound(
                credentialJwt, shown, Presentations.kbClaims(credentialJwt, shown, NONCE), credential.holderKey());
    }

    private Verification verify(String presentation) {
        return verifier.verify(presentation, new Expectations(NONCE, Presentations.AUDIENCE, urls.vct(), List.of()));
    }

    private Verification assertFails(String presentation, Check check, String reason) {
        Verification verification = verify(presentation);
        assertThat(verification.isValid()).as(verification.checks().toString()).isFalse();
        assertThat(verification.check(check).outcome())
                .as(verification.check(check).toString())
                .isEqualTo(CheckResult.Outcome.FAILED);
        assertThat(verification.check(check).reason()).isEqualTo(reason);
        assertThat(verification.failureReason()).isPresent();
        assertThat(verification.credential()).isEmpty();
        return verification;
    }
}
