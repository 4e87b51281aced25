package vn.hocvuso.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.authlete.sd.Disclosure;
import com.authlete.sd.SDJWT;
import com.authlete.sd.SDObjectBuilder;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** DCQL evaluation against the wallet's credentials (OID4VP 1.0 §6, §7). */
class DcqlMatcherTest {

    private static final String VCT = "https://issuer.example/vct/digital-competency";

    @Test
    void whenTheQueryAsksForTheAchievementAndNamesThenOnlyTheNamesAreDisclosed() throws Exception {
        StoredCredential credential = credential(VCT);

        DcqlMatcher.Match match = DcqlMatcher.match(
                request(VCT, List.of(List.of("achievement", "name"), List.of("given_name"), List.of("family_name"))),
                List.of(credential));

        assertThat(match.queryId()).isEqualTo("q");
        assertThat(match.disclosures()).containsExactly("given_name", "family_name");
    }

    @Test
    void whenNoCredentialHasTheTypeOrTheClaimThenTheWalletSaysSo() throws Exception {
        StoredCredential credential = credential(VCT);

        assertThatThrownBy(() -> DcqlMatcher.match(request("https://other/vct", List.of()), List.of(credential)))
                .hasMessageContaining("no credential");
        assertThatThrownBy(() -> DcqlMatcher.match(request(VCT, List.of(List.of("national_id"))), List.of(credential)))
                .hasMessageContaining("no credential");
    }

    @Test
    void whenAPathUsesNullOrAnIndexThenArraysAreWalked() {
        Map<String, Object> claims = Map.of("a", List.of(Map.of("b", 1), Map.of("c", 2)));

        assertThat(DcqlMatcher.resolves(claims, Arrays.asList("a", null, "c"))).isTrue();
        assertThat(DcqlMatcher.resolves(claims, List.of("a", 0, "b"))).isTrue();
        assertThat(DcqlMatcher.resolves(claims, List.of("a", 1, "b"))).isFalse();
        assertThat(DcqlMatcher.resolves(claims, List.of("a", 5))).isFalse();
    }

    private static PresentationRequest request(String vct, List<List<Object>> paths) {
        Map<String, Object> query = Map.of(
                "id",
                "q",
                "format",
                "dc+sd-jwt",
                "meta",
                Map.of("vct_values", List.of(vct)),
                "claims",
                paths.stream().map(path -> Map.of("path", path)).toList());
        return new PresentationRequest(
                "x509_san_dns:verifier.example",
                Optional.empty(),
                "https://verifier.example/response",
                "nonce",
                Optional.of("state"),
                Map.of("credentials", List.of(query)),
                "direct_post",
                Optional.empty(),
                Optional.empty());
    }

    static StoredCredential credential(String vct) throws Exception {
        ECKey issuer = Proofs.newHolderKey();
        ECKey holder = Proofs.newHolderKey();
        SDObjectBuilder builder = new SDObjectBuilder();
        builder.putClaim("iss", "https://issuer.example");
        builder.putClaim("vct", vct);
        builder.putClaim("achievement", Map.of("name", "Certificate"));
        List<Disclosure> disclosures = List.of(
                builder.putSDClaim("given_name", "An"),
                builder.putSDClaim("family_name", "Nguyễn"),
                builder.putSDClaim("birthdate", "1989-03-15"));
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .type(new JOSEObjectType("dc+sd-jwt"))
                        .build(),
                JWTClaimsSet.parse(builder.build(true)));
        jwt.sign(new ECDSASigner(issuer));
        return StoredCredential.restore(new SDJWT(jwt.serialize(), disclosures).toString(), holder);
    }
}
