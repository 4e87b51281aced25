package vn.hocvuso.auth.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.KeyGenerator;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.account.CitizenAccount;
import vn.hocvuso.auth.account.CitizenProfile;
import vn.hocvuso.auth.account.Residence;
import vn.hocvuso.auth.account.UpstreamIdentity;
import vn.hocvuso.auth.client.RelyingParty;
import vn.hocvuso.auth.subject.PairwiseSubjects;

/** The one release rule behind ID tokens, userinfo and the consent page. */
class IdentityClaimsTest {

    private static final CitizenAccount ACCOUNT = new CitizenAccount(
            "account-1",
            new UpstreamIdentity("http://localhost:7000", "upstream-sub"),
            new CitizenProfile(
                    "001089000001",
                    Optional.of("Nguyễn Văn An"),
                    Optional.of("Văn An"),
                    Optional.of("Nguyễn"),
                    Optional.of("1989-03-15"),
                    Optional.of("male"),
                    Optional.of(new Residence("Hà Nội", "VN", "001"))),
            Instant.now(),
            Instant.now());

    private static RelyingParty client(boolean entitled) {
        return new RelyingParty("rp", "RP", Optional.of("sector"), entitled, Optional.empty(), Optional.empty());
    }

    private static IdentityClaims claims() throws Exception {
        KeyGenerator generator = KeyGenerator.getInstance("HmacSHA256");
        generator.init(256);
        return new IdentityClaims(new PairwiseSubjects(generator.generateKey()));
    }

    @Test
    void whenAClientIsNotEntitledThenTheIdNumberIsNeverReleasedEvenWithTheScope() throws Exception {
        Set<String> scopes = Set.of("openid", "profile", "national_id");

        Map<String, Object> released = claims().release(ACCOUNT, client(false), scopes);

        assertThat(released).doesNotContainKey("national_id").containsKey("name");
        assertThat(IdentityClaims.releasedClaimNames(client(false), scopes)).doesNotContain("national_id");
    }

    @Test
    void whenAnEntitledClientDoesNotAskForTheIdNumberThenItIsNotReleased() throws Exception {
        Map<String, Object> released = claims().release(ACCOUNT, client(true), Set.of("openid", "profile"));

        assertThat(released).doesNotContainKey("national_id");
    }

    @Test
    void whenAnEntitledClientAsksThenItGetsTheIdNumber() throws Exception {
        Map<String, Object> released = claims().release(ACCOUNT, client(true), Set.of("openid", "national_id"));

        assertThat(released).containsEntry("national_id", "001089000001").doesNotContainKey("name");
    }

    @Test
    void whenTheClaimNamesAreListedThenTheyAreExactlyTheReleasedOnesPlusTheLoginFacts() throws Exception {
        Set<String> scopes = Set.of("openid", "profile", "address", "national_id");

        Map<String, Object> released = claims().release(ACCOUNT, client(true), scopes);

        assertThat(IdentityClaims.releasedClaimNames(client(true), scopes))
                .containsExactlyInAnyOrderElementsOf(new java.util.ArrayList<>(java.util.stream.Stream.concat(
                                released.keySet().stream(), java.util.stream.Stream.of("acr", "amr", "auth_time"))
                        .toList()));
    }

    @Test
    void whenOpenidIsNotAskedThenNothingIsReleasedAboutTheCitizen() {
        assertThat(IdentityClaims.releasedClaimNames(client(true), Set.of("digital_competency_credential")))
                .isEmpty();
    }
}
