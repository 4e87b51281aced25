package vn.hocvuso.credential.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.authlete.sd.Disclosure;
import com.authlete.sd.SDJWT;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.issuance.CredentialSubjects;
import vn.hocvuso.credential.issuance.SdJwtVcFactory;
import vn.hocvuso.credential.issuer.IssuerUrls;
import vn.hocvuso.credential.status.StatusLists;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.Presentations;
import vn.hocvuso.credential.support.RawHttp;
import vn.hocvuso.credential.support.TestCredentials;
import vn.hocvuso.wallet.Proofs;
import vn.hocvuso.wallet.StoredCredential;

/**
 * A corpus of forged presentations made from a handful of real ones by systematic mutation: each
 * check broken in many ways, random character flips in every segment, truncations, swapped
 * segments and parts, re-encodings, foreign and tampered disclosures, random garbage. None may be
 * accepted, none may make the verifier throw, and a sample sent through the HTTP API must never
 * get a server error. The count is printed.
 */
class ForgedPresentationCorpusTest extends IntegrationTest {

    private static final String NONCE = "corpus-nonce";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

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
    IssuerUrls urls;

    private final Random random = new Random(20261123L);

    @Test
    void whenThousandsOfForgedPresentationsArriveThenNoneIsAcceptedAndNoneCausesAnError() throws Exception {
        TestCredentials credentials = new TestCredentials(factory, subjects, lists, transactions);
        List<StoredCredential> issued = List.of(
                credentials.issue().credential(),
                credentials.issue().credential(),
                credentials.issue().credential());
        List<String> honest = List.of(
                Presentations.honest(issued.get(0), List.of("given_name"), NONCE),
                Presentations.honest(issued.get(1), List.of("given_name", "family_name", "birthdate"), NONCE),
                Presentations.honest(issued.get(2), List.of(), NONCE));
        for (String presentation : honest) {
            assertThat(verify(presentation).isValid())
                    .as("the honest presentations pass")
                    .isTrue();
        }
        long requestsBefore = count("presentation_request");
        Counts before = counts();

        List<String> corpus = new ArrayList<>();
        for (int i = 0; i < honest.size(); i++) {
            corpus.addAll(flips(honest.get(i)));
            corpus.addAll(truncations(honest.get(i)));
            corpus.addAll(swaps(honest.get(i), honest.get((i + 1) % honest.size())));
            corpus.addAll(reEncodings(honest.get(i)));
            corpus.addAll(brokenChecks(issued.get(i), issued.get((i + 1) % issued.size())));
        }
        corpus.addAll(garbage(150));
        corpus.removeIf(honest::contains);

        int accepted = 0;
        List<String> errors = new ArrayList<>();
        int throughApi = 0;
        for (int i = 0; i < corpus.size(); i++) {
            String forged = corpus.get(i);
            try {
                if (verify(forged).isValid()) {
                    accepted++;
                    errors.add("accepted: " + forged);
                }
            } catch (RuntimeException e) {
                errors.add(e + " for " + forged);
            }
            if (i % 20 == 0) {
                throughApi++;
                HttpResponse<String> response = RawHttp.post(
                        BASE_URL + "/api/v1/verifications",
                        "application/json",
                        JSONObjectUtils.toJSONString(
                                Map.of("presentation", forged, "nonce", NONCE, "audience", Presentations.AUDIENCE)),
                        null);
                if (response.statusCode() >= 500 || response.body().contains("\"verdict\":\"valid\"")) {
                    errors.add("API answered " + response.statusCode() + " " + response.body() + " for " + forged);
                }
            }
        }

        System.out.printf(
                "forged presentation corpus: %d forged (%d also through the API), %d accepted, %d errors%n",
                corpus.size(), throughApi, accepted, errors.size());
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(1000);
        assertThat(errors).isEmpty();
        assertThat(accepted).isZero();
        assertThat(count("presentation_request")).isEqualTo(requestsBefore);
        assertThat(counts()).isEqualTo(before);
    }

    private Verification verify(String presentation) {
        return verifier.verify(presentation, new Expectations(NONCE, Presentations.AUDIENCE, urls.vct(), List.of()));
    }

    /** 24 random character changes in every segment: each JWT part and each disclosure. */
    private List<String> flips(String presentation) {
        List<String> mutants = new ArrayList<>();
        for (int[] segment : segments(presentation)) {
            for (int n = 0; n < 24; n++) {
                int at = segment[0] + random.nextInt(segment[1] - segment[0]);
                char original = presentation.charAt(at);
                char replacement;
                do {
                    replacement = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                } while (replacement == original);
                mutants.add(presentation.substring(0, at) + replacement + presentation.substring(at + 1));
            }
        }
        return mutants;
    }

    /** The [start, end) ranges of every JWT part and disclosure. */
    private static List<int[]> segments(String presentation) {
        List<int[]> segments = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= presentation.length(); i++) {
            if (i == presentation.length() || presentation.charAt(i) == '~' || presentation.charAt(i) == '.') {
                if (i > start) {
                    segments.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return segments;
    }

    private List<String> truncations(String presentation) {
        List<String> mutants = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            mutants.add(presentation.substring(0, random.nextInt(presentation.length())));
        }
        for (int i = 0; i < presentation.length(); i++) {
            if (presentation.charAt(i) == '~' || presentation.charAt(i) == '.') {
                mutants.add(presentation.substring(0, i));
                mutants.add(presentation.substring(0, i + 1));
                mutants.add(presentation.substring(i + 1));
            }
        }
        return mutants;
    }

    private static List<String> swaps(String presentation, String other) {
        List<String> mutants = new ArrayList<>();
        String[] components = presentation.split("~", -1);
        for (int i = 0; i < components.length; i++) {
            for (int j = i + 1; j < components.length; j++) {
                if (!components[i].equals(components[j])) {
                    String[] swapped = components.clone();
                    swapped[i] = components[j];
                    swapped[j] = components[i];
                    mutants.add(String.join("~", swapped));
                }
            }
        }
        String[] foreign = other.split("~", -1);
        // The other presentation's key-binding JWT, issuer JWT, or disclosures with this one's parts.
        mutants.add(presentation.substring(0, presentation.lastIndexOf('~') + 1) + foreign[foreign.length - 1]);
        mutants.add(foreign[0] + presentation.substring(presentation.indexOf('~')));
        for (int i = 1; i < foreign.length - 1; i++) {
            mutants.add(components[0] + "~" + foreign[i] + "~" + components[components.length - 1]);
        }
        for (String jwt : new String[] {components[0], components[components.length - 1]}) {
            String[] parts = jwt.split("\\.");
            String[][] orders = {
                {parts[1], parts[0], parts[2]},
                {parts[0], parts[2], parts[1]},
                {parts[2], parts[1], parts[0]},
                {parts[0], parts[1], parts[1]},
                {parts[0], parts[0], parts[2]}
            };
            for (String[] order : orders) {
                mutants.add(presentation.replace(jwt, String.join(".", order)));
            }
        }
        mutants.add(components[components.length - 1] + "~"
                + String.join("~", java.util.Arrays.copyOf(components, components.length - 1)));
        return mutants;
    }

    private static List<String> reEncodings(String presentation) {
        List<String> mutants = new ArrayList<>();
        mutants.add(presentation.replace("~", "%7E"));
        mutants.add(presentation.replace("-", "+").replace("_", "/"));
        mutants.add(presentation.toUpperCase(java.util.Locale.ROOT));
        mutants.add(presentation.toLowerCase(java.util.Locale.ROOT));
        mutants.add(" " + presentation);
        mutants.add(presentation + "\n");
        mutants.add(presentation.replace(".", ".\n"));
        mutants.add(presentation + "~");
        mutants.add(presentation.replace("~", "~~"));
        mutants.add(presentation.replaceFirst("~", "~" + presentation.split("~")[1] + "~"));
        for (String component : presentation.split("~")) {
            mutants.add(presentation.replace(component, component + "="));
            mutants.add(presentation.replace(component, component + "=="));
            for (String part : component.split("\\.")) {
                // The same bytes in standard base64 with padding, and the decoded JSON re-serialized with spaces.
                byte[] bytes = decodeOrNull(part);
                if (bytes != null) {
                    mutants.add(presentation.replace(part, Base64.getEncoder().encodeToString(bytes)));
                    String spaced = new String(bytes, StandardCharsets.UTF_8)
                            .replace(",", ", ")
                            .replace(":", ": ");
                    mutants.add(presentation.replace(
                            part,
                            Base64.getUrlEncoder()
                                    .withoutPadding()
                                    .encodeToString(spaced.getBytes(StandardCharsets.UTF_8))));
                }
            }
        }
        mutants.removeIf(presentation::equals);
        return mutants;
    }

    /** Semantic forgeries: each well-formed, each breaking one check, in many ways. */
    private List<String> brokenChecks(StoredCredential credential, StoredCredential other) throws Exception {
        List<String> mutants = new ArrayList<>();
        String jwt = credential.parsed().getCredentialJwt();
        List<Disclosure> all = credential.disclosures();
        List<Disclosure> one = List.of(all.get(0));
        for (int n = 0; n < 25; n++) {
            mutants.add(Proofs.presentation(
                    credential,
                    List.of("given_name"),
                    Presentations.AUDIENCE,
                    "n-" + random.nextLong(),
                    Instant.now()));
        }
        List<Object> audiences = new ArrayList<>(List.of(
                "x509_san_dns:evil.example",
                "localhost",
                "x509_san_dns:LOCALHOST",
                "",
                "x509_san_dns:localhost ",
                List.of(Presentations.AUDIENCE, "other"),
                List.of(),
                List.of("other"),
                42,
                Map.of("aud", Presentations.AUDIENCE)));
        for (int n = 0; n < 15; n++) {
            audiences.add("x509_san_dns:" + random.nextInt(1_000_000) + ".example");
        }
        for (Object audience : audiences) {
            Map<String, Object> claims = Presentations.kbClaims(jwt, one, NONCE);
            claims.put("aud", audience);
            mutants.add(Presentations.bound(jwt, one, claims, credential.holderKey()));
        }
        long now = Instant.now().getEpochSecond();
        List<Object> times = new ArrayList<>(List.of("now", -1L, Long.MAX_VALUE, 1e300, now + 3600, now - 3600));
        for (int n = 1; n <= 20; n++) {
            times.add(now - 301L - random.nextInt(100_000));
            times.add(now + 61L + random.nextInt(100_000));
        }
        for (Object iat : times) {
            Map<String, Object> claims = Presentations.kbClaims(jwt, one, NONCE);
            claims.put("iat", iat);
            mutants.add(Presentations.bound(jwt, one, claims, credential.holderKey()));
        }
        for (String missing : List.of("iat", "aud", "nonce", "sd_hash")) {
            Map<String, Object> claims = Presentations.kbClaims(jwt, one, NONCE);
            claims.remove(missing);
            mutants.add(Presentations.bound(jwt, one, claims, credential.holderKey()));
        }
        List<Object> hashes =
                new ArrayList<>(List.of(new SDJWT(jwt, all).getSDHash(), new SDJWT(jwt, List.of()).getSDHash(), 7, ""));
        for (int n = 0; n < 20; n++) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            hashes.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        for (Object hash : hashes) {
            Map<String, Object> claims = Presentations.kbClaims(jwt, one, NONCE);
            claims.put("sd_hash", hash);
            mutants.add(Presentations.bound(jwt, one, claims, credential.holderKey()));
        }
        for (int n = 0; n < 20; n++) {
            mutants.add(Presentations.bound(jwt, one, Presentations.kbClaims(jwt, one, NONCE), Proofs.newHolderKey()));
        }
        mutants.add(Presentations.bound(jwt, one, Presentations.kbClaims(jwt, one, NONCE), other.holderKey()));
        // Not "KB+JWT": typ is a media type, compared without regard to case (RFC 7515 §4.1.9).
        for (Map<String, Object> header : List.<Map<String, Object>>of(
                Map.of("alg", "none", "typ", "kb+jwt"),
                Map.of("alg", "HS256", "typ", "kb+jwt"),
                Map.of("alg", "RS256", "typ", "kb+jwt"),
                Map.of("alg", "ES384", "typ", "kb+jwt"),
                Map.of("alg", "ES256", "typ", "JWT"),
                Map.of("alg", "ES256"),
                Map.of("alg", "ES256", "typ", "kb+sd-jwt"),
                Map.of("alg", "ES256", "typ", "kb+jwt", "crit", List.of("exp")),
                Map.of("alg", "ES256K", "typ", "kb+jwt"),
                Map.of("alg", "EdDSA", "typ", "kb+jwt"))) {
            mutants.add(new SDJWT(
                            jwt,
                            one,
                            signWithHeader(header, Presentations.kbClaims(jwt, one, NONCE), credential.holderKey()))
                    .toString());
        }
        for (Disclosure disclosure : all) {
            for (Object value : List.of("Mallory", "", 0, List.of(), Map.of(), disclosure.getClaimValue() + " ")) {
                Disclosure tampered = new Disclosure(disclosure.getSalt(), disclosure.getClaimName(), value);
                mutants.add(Presentations.bound(
                        jwt,
                        List.of(tampered),
                        Presentations.kbClaims(jwt, List.of(tampered), NONCE),
                        credential.holderKey()));
            }
            Disclosure renamed = new Disclosure(disclosure.getSalt(), "national_id", disclosure.getClaimValue());
            mutants.add(Presentations.bound(
                    jwt,
                    List.of(renamed),
                    Presentations.kbClaims(jwt, List.of(renamed), NONCE),
                    credential.holderKey()));
            List<Disclosure> twice = List.of(disclosure, disclosure);
            mutants.add(
                    Presentations.bound(jwt, twice, Presentations.kbClaims(jwt, twice, NONCE), credential.holderKey()));
        }
        for (Disclosure foreign : other.disclosures()) {
            List<Disclosure> mixed = List.of(all.get(0), foreign);
            mutants.add(
                    Presentations.bound(jwt, mixed, Presentations.kbClaims(jwt, mixed, NONCE), credential.holderKey()));
        }
        mutants.addAll(forgedIssuerJwts(credential, one));
        return mutants;
    }

    /** The issuer JWT with its payload changed (signature kept), re-signed by other keys, or unsigned. */
    @SuppressWarnings("unchecked")
    private List<String> forgedIssuerJwts(StoredCredential credential, List<Disclosure> shown) throws Exception {
        List<String> mutants = new ArrayList<>();
        String jwt = credential.parsed().getCredentialJwt();
        Map<String, Object> original = Presentations.payload(jwt);
        List<java.util.function.Consumer<Map<String, Object>>> edits = List.of(
                p -> p.put("exp", Instant.now().getEpochSecond() + 999_999_999L),
                p -> p.put("iss", "https://evil.example"),
                p -> p.put("vct", "https://evil.example/vct"),
                p -> p.remove("status"),
                p -> p.remove("cnf"),
                p -> p.put(
                        "cnf", Map.of("jwk", Proofs.newHolderKey().toPublicJWK().toJSONObject())),
                p -> p.put("_sd", List.of()),
                p -> ((List<Object>) p.get("_sd")).add("AAAA"),
                p -> p.put("given_name", "Mallory"),
                p -> p.put("_sd_alg", "md5"));
        for (var edit : edits) {
            Map<String, Object> payload = copy(original);
            edit.accept(payload);
            String kept = Presentations.withPayload(jwt, payload);
            mutants.add(Presentations.bound(
                    kept, shown, Presentations.kbClaims(kept, shown, NONCE), credential.holderKey()));
            String resigned = signWithHeader(Presentations.header(jwt), payload, Proofs.newHolderKey());
            mutants.add(Presentations.bound(
                    resigned, shown, Presentations.kbClaims(resigned, shown, NONCE), credential.holderKey()));
            Map<String, Object> none = new LinkedHashMap<>(Presentations.header(jwt));
            none.put("alg", "none");
            String unsigned = Presentations.unsigned(none, payload);
            mutants.add(Presentations.bound(
                    unsigned, shown, Presentations.kbClaims(unsigned, shown, NONCE), credential.holderKey()));
        }
        for (String typ : new String[] {"vc+sd-jwt", "JWT", "dc+sd-jwt+kb"}) {
            Map<String, Object> header = new LinkedHashMap<>(Presentations.header(jwt));
            header.put("typ", typ);
            String retyped = header(jwt, header);
            mutants.add(Presentations.bound(
                    retyped, shown, Presentations.kbClaims(retyped, shown, NONCE), credential.holderKey()));
        }
        Map<String, Object> noX5c = new LinkedHashMap<>(Presentations.header(jwt));
        noX5c.remove("x5c");
        String stripped = header(jwt, noX5c);
        mutants.add(Presentations.bound(
                stripped, shown, Presentations.kbClaims(stripped, shown, NONCE), credential.holderKey()));
        return mutants;
    }

    private static String header(String jwt, Map<String, Object> header) {
        String[] parts = jwt.split("\\.");
        return Presentations.encode(header) + "." + parts[1] + "." + parts[2];
    }

    private static Map<String, Object> copy(Map<String, Object> payload) throws Exception {
        return JSONObjectUtils.parse(JSONObjectUtils.toJSONString(payload));
    }

    /** Signs with ES256 under a header as given (whatever it claims), so that the header is the only defect. */
    private static String signWithHeader(Map<String, Object> header, Map<String, Object> claims, ECKey key)
            throws Exception {
        String input = Presentations.encode(header) + "." + Presentations.encode(claims);
        byte[] signature = new ECDSASigner(key)
                .sign(new JWSHeader(JWSAlgorithm.ES256), input.getBytes(StandardCharsets.US_ASCII))
                .decode();
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    private List<String> garbage(int count) {
        List<String> mutants = new ArrayList<>(List.of("~", "~~~", ".~.", "a.b.c~", "a.b.c~d~e.f.g", "", " "));
        String characters = ALPHABET + "~.=+/ {}[]\":,";
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(600);
            for (int i = 0; i < length; i++) {
                text.append(characters.charAt(random.nextInt(characters.length())));
            }
            mutants.add(text.toString());
        }
        mutants.add("e30.e30.e30~" + "WyJzYWx0IiwibmFtZSIsInZhbHVlIl0~".repeat(500) + "e30.e30.e30");
        mutants.add("~".repeat(10_000));
        return mutants;
    }

    private static byte[] decodeOrNull(String part) {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @SuppressWarnings("unused")
    private static String signed(JWTClaimsSet claims, ECKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .type(new JOSEObjectType("kb+jwt"))
                        .build(),
                claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }
}
