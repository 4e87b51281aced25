package vn.hocvuso.credential.dpop;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.common.contenttype.ContentType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.dpop.DPoPProofFactory;
import com.nimbusds.oauth2.sdk.dpop.DefaultDPoPProofFactory;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;
import com.nimbusds.oauth2.sdk.token.DPoPTokenError;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.credential.issuance.DigitalCompetencyCredential;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.OfferPage;
import vn.hocvuso.credential.support.TestAuthServer;
import vn.hocvuso.credential.support.TestCatalog;
import vn.hocvuso.credential.support.TestLearners;
import vn.hocvuso.wallet.CredentialOffer;
import vn.hocvuso.wallet.HolderWallet;
import vn.hocvuso.wallet.Proofs;

/**
 * A DPoP client we did not write: the Nimbus OAuth 2.0 SDK's {@link DefaultDPoPProofFactory} and
 * {@link DPoPAccessToken}, following the server nonce it is given (RFC 9449 §8, §9), at our token
 * endpoint and our credential endpoint.
 */
class NimbusDPoPClientTest extends IntegrationTest {

    private static final URI TOKEN = URI.create(BASE_URL + "/oid4vci/token");
    private static final URI CREDENTIAL = URI.create(BASE_URL + "/oid4vci/credential");

    @Test
    void whenANimbusClientPresentsABoundAuthServerTokenThenItFollowsTheNonceChallengeAndGetsACredential()
            throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        DPoPProofFactory proofs = new DefaultDPoPProofFactory(key, JWSAlgorithm.ES256);
        AccessToken token = new DPoPAccessToken(TestAuthServer.dpopWalletToken(
                TestLearners.BINH.subject(), BASE_URL, key.computeThumbprint().toString()));

        HTTPResponse challenged = credentialRequest(token, proofs, null);

        assertThat(challenged.getStatusCode()).isEqualTo(401);
        assertThat(DPoPTokenError.parse(challenged.getWWWAuthenticate()).getCode())
                .isEqualTo("use_dpop_nonce");
        HTTPResponse answered = credentialRequest(token, proofs, challenged.getDPoPNonce());
        assertThat(answered.getStatusCode()).as(answered.getBody()).isEqualTo(200);
        assertThat(JSONObjectUtils.getJSONArray(answered.getBodyAsJSONObject(), "credentials"))
                .hasSize(1);
    }

    @Test
    void whenANimbusClientRedeemsAnOfferWithDPoPThenItGetsADPoPTokenAndWithItACredential() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        DPoPProofFactory proofs = new DefaultDPoPProofFactory(key, JWSAlgorithm.ES256);
        OfferPage.Shown page = OfferPage.requestOffer(mvc, TestLearners.AN, TestCatalog.NATIONAL_ASSEMBLY);
        CredentialOffer offer = new HolderWallet(List.of()).resolveOffer(page.deepLink());
        String form = "grant_type=" + enc("urn:ietf:params:oauth:grant-type:pre-authorized_code")
                + "&pre-authorized_code=" + enc(offer.preAuthorizedCode().orElseThrow())
                + "&tx_code=" + enc(page.txCode());

        HTTPResponse challenged = tokenRequest(form, proofs, null);
        assertThat(TokenErrorResponse.parse(challenged).getErrorObject().getCode())
                .isEqualTo("use_dpop_nonce");
        TokenResponse response = TokenResponse.parse(tokenRequest(form, proofs, challenged.getDPoPNonce()));

        assertThat(response.indicatesSuccess()).isTrue();
        AccessToken token = ((AccessTokenResponse) response).getTokens().getAccessToken();
        assertThat(token).isInstanceOf(DPoPAccessToken.class);
        HTTPResponse answered = credentialRequest(token, proofs, challenged.getDPoPNonce());
        assertThat(answered.getStatusCode()).as(answered.getBody()).isEqualTo(200);
    }

    private static HTTPResponse tokenRequest(String form, DPoPProofFactory proofs, Nonce nonce) throws Exception {
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, TOKEN);
        request.setEntityContentType(ContentType.APPLICATION_URLENCODED);
        request.setBody(form);
        request.setDPoP(proofs.createDPoPJWT("POST", TOKEN, nonce));
        return request.send();
    }

    private static HTTPResponse credentialRequest(AccessToken token, DPoPProofFactory proofs, Nonce nonce)
            throws Exception {
        String cNonce = (String) new HTTPRequest(HTTPRequest.Method.POST, URI.create(BASE_URL + "/oid4vci/nonce"))
                .send()
                .getBodyAsJSONObject()
                .get("c_nonce");
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, CREDENTIAL);
        request.setEntityContentType(ContentType.APPLICATION_JSON);
        request.setBody(JSONObjectUtils.toJSONString(Map.of(
                "credential_configuration_id",
                DigitalCompetencyCredential.CONFIGURATION_ID,
                "proofs",
                Map.of("jwt", List.of(Proofs.keyProof(Proofs.newHolderKey(), BASE_URL, cNonce, Instant.now()))))));
        request.setAuthorization(token.toAuthorizationHeader());
        request.setDPoP(proofs.createDPoPJWT("POST", CREDENTIAL, token, nonce));
        return request.send();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
