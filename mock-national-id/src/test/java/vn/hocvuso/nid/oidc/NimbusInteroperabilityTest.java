package vn.hocvuso.nid.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocvuso.nid.support.Browser;
import vn.hocvuso.nid.support.ProviderTestBase;
import vn.hocvuso.nid.support.TestClient;

/**
 * The provider through a relying-party library we did not write (the Nimbus OAuth 2.0 SDK with
 * OpenID Connect extensions): discovery, the authentication request, the authorization response
 * with {@code iss} checked, {@code private_key_jwt} at the token endpoint, ID token validation and
 * userinfo, all with the library's own checks.
 */
class NimbusInteroperabilityTest extends ProviderTestBase {

    private final ClientID clientId = new ClientID(TestClient.MAIN.clientId());
    private final URI callback = URI.create(TestClient.MAIN.redirectUri());

    @Test
    void whenANimbusClientRunsTheCodeFlowWithPrivateKeyJwtThenEveryLibraryCheckPasses() throws Exception {
        OIDCProviderMetadata provider = OIDCProviderMetadata.resolve(new Issuer(issuer()));
        assertThat(provider.supportsAuthorizationResponseIssuerParam()).isTrue();
        assertThat(provider.getIDTokenJWSAlgs()).containsExactly(JWSAlgorithm.ES256);
        AuthorizationServerMetadata oauth = AuthorizationServerMetadata.resolve(new Issuer(issuer()));
        assertThat(oauth.supportsAuthorizationResponseIssuerParam()).isTrue();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI authorization = new AuthenticationRequest.Builder(
                        new ResponseType("code"), new Scope("openid", "profile", "national_id"), clientId, callback)
                .endpointURI(provider.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .acrValues(List.of(new ACR("urn:vn:vneid:loa:2")))
                .build()
                .toURI();

        URI landedOn;
        try (Browser browser = new Browser()) {
            landedOn = browser.open(authorization).logIn(BINH, DEMO_PASSWORD).url();
        }
        AuthorizationResponse response = AuthorizationResponse.parse(landedOn);
        assertThat(response.indicatesSuccess()).as(landedOn.toString()).isTrue();
        AuthorizationSuccessResponse success = response.toSuccessResponse();
        assertThat(success.getState()).isEqualTo(state);
        assertThat(success.getIssuer()).isEqualTo(provider.getIssuer()); // RFC 9207 §2.4
        AuthorizationCode code = success.getAuthorizationCode();

        PrivateKeyJWT clientAuthentication = new PrivateKeyJWT(
                clientId,
                provider.getTokenEndpointURI(),
                JWSAlgorithm.ES256,
                TestClient.MAIN.key().toECPrivateKey(),
                TestClient.MAIN.key().getKeyID(),
                null);
        TokenRequest tokenRequest = new TokenRequest(
                provider.getTokenEndpointURI(),
                clientAuthentication,
                new AuthorizationCodeGrant(code, callback, verifier));
        TokenResponse tokenResponse =
                OIDCTokenResponseParser.parse(tokenRequest.toHTTPRequest().send());
        assertThat(tokenResponse.indicatesSuccess())
                .as(() -> tokenResponse.toErrorResponse().getErrorObject().toString())
                .isTrue();
        OIDCTokenResponse tokens = (OIDCTokenResponse) tokenResponse.toSuccessResponse();

        IDTokenValidator validator = new IDTokenValidator(
                provider.getIssuer(),
                clientId,
                JWSAlgorithm.ES256,
                provider.getJWKSetURI().toURL());
        IDTokenClaimsSet idToken = validator.validate(tokens.getOIDCTokens().getIDToken(), nonce);
        assertThat(idToken.getACR()).isEqualTo(new ACR("urn:vn:vneid:loa:2"));
        assertThat(idToken.getAMR()).extracting(amr -> amr.getValue()).containsExactly("pwd", "otp", "mfa");
        assertThat(idToken.getAuthenticationTime()).isNotNull();
        assertThat(idToken.getStringClaim("national_id")).isEqualTo(BINH);

        BearerAccessToken accessToken = tokens.getOIDCTokens().getBearerAccessToken();
        UserInfoResponse userInfoResponse =
                UserInfoResponse.parse(new UserInfoRequest(provider.getUserInfoEndpointURI(), accessToken)
                        .toHTTPRequest()
                        .send());
        assertThat(userInfoResponse.indicatesSuccess()).isTrue();
        UserInfo userInfo = userInfoResponse.toSuccessResponse().getUserInfo();
        assertThat(userInfo.getSubject()).isEqualTo(idToken.getSubject());
        assertThat(userInfo.getFamilyName()).isEqualTo("Trần");
        assertThat(userInfo.getStringClaim("national_id")).isEqualTo(BINH);
    }

    @Test
    void whenANimbusClientAsksALevelOneAccountForLevelTwoThenItParsesTheErrorWithTheIssuer() throws Exception {
        OIDCProviderMetadata provider = OIDCProviderMetadata.resolve(new Issuer(issuer()));
        State state = new State();
        URI authorization = new AuthenticationRequest.Builder(
                        new ResponseType("code"), new Scope("openid"), clientId, callback)
                .endpointURI(provider.getAuthorizationEndpointURI())
                .state(state)
                .nonce(new Nonce())
                .codeChallenge(new CodeVerifier(), CodeChallengeMethod.S256)
                .acrValues(List.of(new ACR("urn:vn:vneid:loa:2")))
                .build()
                .toURI();

        URI landedOn;
        try (Browser browser = new Browser()) {
            landedOn = browser.open(authorization).logIn(CHAU, DEMO_PASSWORD).url();
        }
        AuthorizationResponse response = AuthorizationResponse.parse(landedOn);

        assertThat(response.indicatesSuccess()).isFalse();
        AuthorizationErrorResponse error = response.toErrorResponse();
        assertThat(error.getErrorObject().getCode()).isEqualTo("unmet_authentication_requirements");
        assertThat(error.getState()).isEqualTo(state);
        assertThat(error.getIssuer()).isEqualTo(provider.getIssuer());
    }
}
