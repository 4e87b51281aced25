package vn.hocvuso.credential.issuance;

import com.authlete.sd.Disclosure;
import com.authlete.sd.SDJWT;
import com.authlete.sd.SDObjectBuilder;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.framework.Competency;
import vn.hocvuso.credential.framework.LocalizedText;
import vn.hocvuso.credential.framework.Programme;
import vn.hocvuso.credential.issuer.IssuerJwtSigner;
import vn.hocvuso.credential.issuer.IssuerUrls;
import vn.hocvuso.credential.status.StatusReference;

/**
 * Builds and signs the digital-competency credential as an SD-JWT VC (draft-ietf-oauth-sd-jwt-vc,
 * RFC 9901): the achievement in Open Badges 3.0 vocabulary, plain; the holder's names and birth
 * date as disclosures made by the authlete library; signed ES256 by the issuer key with its chain.
 */
@Component
public class SdJwtVcFactory {

    /** SD-JWT VC §3.2.1: the media type of the issued credential, in {@code typ}. */
    public static final JOSEObjectType TYPE = new JOSEObjectType("dc+sd-jwt");

    static final LocalizedText FRAMEWORK =
            new LocalizedText("Khung năng lực số quốc gia", "National digital competency framework");

    private final IssuerUrls urls;
    private final IssuerJwtSigner signer;

    public SdJwtVcFactory(IssuerUrls urls, IssuerJwtSigner signer) {
        this.urls = urls;
        this.signer = signer;
    }

    /** The issued form: {@code <issuer-signed JWT>~<disclosure>~...~}, without key binding. */
    public String create(
            CredentialSubject subject, ECKey holderKey, StatusReference status, Instant issuedAt, Instant expiresAt) {
        SDObjectBuilder builder = new SDObjectBuilder(); // sha-256
        builder.putClaim("iss", urls.issuer());
        builder.putClaim("iat", issuedAt.getEpochSecond());
        builder.putClaim("exp", expiresAt.getEpochSecond());
        builder.putClaim("vct", urls.vct());
        builder.putClaim("cnf", Map.of("jwk", holderKey.toPublicJWK().toJSONObject()));
        builder.putClaim("status", status.claim());
        builder.putClaim("achievement", achievement(subject));
        builder.putClaim("issued_on", subject.completion().completedAt().toString());
        builder.putClaim("evidence", List.of(evidence(subject)));
        List<Disclosure> disclosures = new ArrayList<>();
        disclosures.add(builder.putSDClaim("given_name", subject.learner().givenName()));
        disclosures.add(builder.putSDClaim("family_name", subject.learner().familyName()));
        disclosures.add(
                builder.putSDClaim("birthdate", subject.learner().birthDate().toString()));
        Map<String, Object> claims = builder.build(true); // with _sd_alg
        String jwt = signer.sign(TYPE, claimsSet(claims));
        return new SDJWT(jwt, disclosures).toString();
    }

    private Map<String, Object> achievement(CredentialSubject subject) {
        Programme programme = subject.programme();
        String frameworkVersion = subject.completion().frameworkVersion();
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", urls.achievementId(programme.id()));
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", programme.name().vi());
        achievement.put("description", programme.description().vi());
        achievement.put("criteria", Map.of("narrative", programme.criteria().vi()));
        achievement.put("level", programme.level().name().toLowerCase(Locale.ROOT));
        achievement.put("inLanguage", "vi");
        achievement.put("alignment", alignments(subject.competencies(), frameworkVersion, false));
        Map<String, Object> english = new LinkedHashMap<>();
        english.put("name", programme.name().en());
        english.put("description", programme.description().en());
        english.put("criteria", Map.of("narrative", programme.criteria().en()));
        english.put("alignment", alignments(subject.competencies(), frameworkVersion, true));
        achievement.put("translations", Map.of("en", english));
        return achievement;
    }

    /** Open Badges 3.0 Alignment: one per framework competency the programme's modules teach. */
    private static List<Map<String, Object>> alignments(
            List<Competency> competencies, String frameworkVersion, boolean english) {
        List<Map<String, Object>> alignments = new ArrayList<>();
        for (Competency competency : competencies) {
            Map<String, Object> alignment = new LinkedHashMap<>();
            alignment.put("type", List.of("Alignment"));
            alignment.put("targetCode", competency.id());
            alignment.put(
                    "targetName",
                    english ? competency.name().en() : competency.name().vi());
            alignment.put(
                    "targetFramework", (english ? FRAMEWORK.en() + " " : FRAMEWORK.vi() + " ") + frameworkVersion);
            alignment.put("targetType", "ext:DigitalCompetency");
            competency.digCompId().ifPresent(digComp -> alignment.put("targetDescription", "DigComp 2.2 " + digComp));
            alignments.add(alignment);
        }
        return alignments;
    }

    /** How the holder's identity was verified before issuance: the assurance level of their login. */
    private static Map<String, Object> evidence(CredentialSubject subject) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("type", List.of("Evidence"));
        evidence.put("genre", "IdentityVerification");
        evidence.put("name", "Định danh điện tử quốc gia / National electronic identity");
        evidence.put("acr", subject.assuranceLevel());
        return evidence;
    }

    private static JWTClaimsSet claimsSet(Map<String, Object> claims) {
        try {
            return JWTClaimsSet.parse(claims);
        } catch (ParseException e) {
            throw new IllegalStateException("the credential claims do not form a JWT claims set", e);
        }
    }
}
