package vn.hocvuso.nid.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hocvuso.nid.citizen.Citizen;
import vn.hocvuso.nid.citizen.CitizenContact;
import vn.hocvuso.nid.citizen.JdbcCitizenContacts;
import vn.hocvuso.nid.support.AuthorizationRequest;
import vn.hocvuso.nid.support.Browser;
import vn.hocvuso.nid.support.Http;
import vn.hocvuso.nid.support.ProviderTestBase;
import vn.hocvuso.nid.support.TestClient;

/** The email and phone scopes: the demo citizens' verified contacts, encrypted at rest. */
class ContactClaimsTest extends ProviderTestBase {

    @Autowired
    JdbcCitizenContacts contacts;

    @Test
    void whenTheEmailAndPhoneScopesAreGrantedThenUserinfoAndTheIdTokenCarryTheVerifiedContacts() throws Exception {
        AuthorizationRequest request = AuthorizationRequest.of(issuer(), TestClient.MAIN, "openid email phone");
        Map<String, String> response;
        try (Browser browser = new Browser()) {
            browser.open(request.uri()).logIn(CHAU, DEMO_PASSWORD);
            response = Http.query(browser.url());
        }
        Map<String, Object> body =
                json(redeem(TestClient.MAIN, response.get("code"), request).body());

        JWTClaimsSet idToken = verifiedClaims((String) body.get("id_token"));
        assertThat(idToken.getStringClaim("email")).isEqualTo("le.minh.chau@example.com");
        assertThat(idToken.getStringClaim("phone_number")).isEqualTo("+84900000003");
        assertThat(idToken.getClaims()).doesNotContainKeys("name", "national_id");
        HttpResponse<String> userInfo =
                Http.get(endpoint("/userinfo"), "Authorization", "Bearer " + body.get("access_token"));
        assertThat(userInfo.statusCode()).isEqualTo(200);
        assertThat(json(userInfo.body()))
                .containsEntry("email", "le.minh.chau@example.com")
                .containsEntry("email_verified", true)
                .containsEntry("phone_number", "+84900000003")
                .containsEntry("phone_number_verified", true)
                .doesNotContainKeys("name", "national_id");
    }

    @Test
    void whenTheScopesAreNotGrantedThenNoContactIsReleased() {
        Citizen chau = registry.findByNationalId(CHAU).orElseThrow();

        Map<String, Object> claims =
                CitizenClaims.forScopes(chau, contacts.find(chau.id()), java.util.Set.of("openid", "profile"));

        assertThat(claims).doesNotContainKeys("email", "email_verified", "phone_number", "phone_number_verified");
    }

    @Test
    void whenContactsAreStoredThenTheColumnsHoldCiphertextOnly() {
        Citizen binh = registry.findByNationalId(BINH).orElseThrow();

        Map<String, Object> row = jdbc.sql("select email_enc, phone_number_enc from citizen where id = :id")
                .param("id", binh.id().toString())
                .query()
                .singleRow();

        assertThat(String.valueOf(row.values())).doesNotContain("tran.thi.binh", "example.com", "900000002");
        assertThat(contacts.find(binh.id()).email()).contains("tran.thi.binh@example.com");
    }

    @Test
    void whenAContactIsMalformedThenItIsRefusedAndNothingIsStored() {
        Citizen an = registry.findByNationalId(AN).orElseThrow();
        CitizenContact before = contacts.find(an.id());

        assertThatThrownBy(() -> new CitizenContact(Optional.of("not-an-address"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CitizenContact(Optional.empty(), Optional.of("0912 345 678")))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(contacts.find(an.id())).isEqualTo(before);
    }
}
