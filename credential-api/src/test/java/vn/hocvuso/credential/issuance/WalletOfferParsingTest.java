package vn.hocvuso.credential.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocvuso.wallet.CredentialOffer;
import vn.hocvuso.wallet.HolderWallet;
import vn.hocvuso.wallet.WalletException;

/** The reference wallet reads offers passed by value too (OID4VCI 1.0 §4.1.2), without any server. */
class WalletOfferParsingTest {

    @Test
    void whenAnOfferComesByValueThenTheWalletReadsIssuerConfigurationCodeAndTransactionCodeFlag() {
        String json = "{\"credential_issuer\":\"https://credentials.example.vn\","
                + "\"credential_configuration_ids\":[\"digital_competency_sd_jwt\"],"
                + "\"grants\":{\"urn:ietf:params:oauth:grant-type:pre-authorized_code\":"
                + "{\"pre-authorized_code\":\"abc\",\"tx_code\":{\"input_mode\":\"numeric\",\"length\":6}}}}";

        CredentialOffer offer = new HolderWallet(List.of())
                .resolveOffer("openid-credential-offer://?credential_offer="
                        + URLEncoder.encode(json, StandardCharsets.UTF_8));

        assertThat(offer.credentialIssuer()).isEqualTo("https://credentials.example.vn");
        assertThat(offer.configurationIds()).containsExactly("digital_competency_sd_jwt");
        assertThat(offer.preAuthorizedCode()).hasValue("abc");
        assertThat(offer.txCodeRequired()).isTrue();
        assertThat(offer.authorizationServer()).isEmpty();
    }

    @Test
    void whenTheLinkCarriesNoOfferThenTheWalletSaysSo() {
        assertThatThrownBy(() -> new HolderWallet(List.of()).resolveOffer("openid-credential-offer://?foo=bar"))
                .isInstanceOf(WalletException.class)
                .hasMessageContaining("neither credential_offer nor credential_offer_uri");
    }
}
