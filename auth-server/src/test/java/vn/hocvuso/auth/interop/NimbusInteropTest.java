package vn.hocvuso.auth.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
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
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocvuso.auth.support.Browser;
import vn.hocvuso.auth.support.Citizen;
import vn.hocvuso.auth.support.FlowTest;

/**
 * The Nimbus OAuth 2.0 / OpenID Connect SDK, code we did not write, as the client: discovery, an
 * authorization code flow with PKCE and {@code private_key_jwt}, ID token validation with its
 * {@code IDTokenValidator}, userinfo, and {@code client_credentials}.
 */
class NimbusInteropTest extends FlowTest {

    private static final URI PORTAL_REDIRECT = URI.create("http://localhost:8080/login/oauth2/code/auth-server");

    @Test
    void whenNimbusRunsTheCodeFlowThenEveryStepValidates() throws Exception {
        OIDCProviderMetadata provider = OIDCProviderMetadata.resolve(new Issuer(SERVER));
        assertThat(provider.supportsAuthorizationResponseIssuerParam()).isTrue();
        ClientID clientId = new ClientID("credential-portal");
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(
                        new ResponseType("code"),
                        new Scope("openid", "profile", "national_id"),
                        clientId,
                        PORTAL_REDIRECT)
                .endpointURI(provider.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();

        Browser.Response atClient = login(request.toURI().toString(), Citizen.AN);

        AuthorizationSuccessResponse authorization =
                AuthorizationResponse.parse(atClient.location()).toSuccessResponse();
        assertThat(authorization.getState()).isEqualTo(state);
        assertThat(authorization.getIssuer()).isEqualTo(provider.getIssuer());
        AuthorizationCode code = authorization.getAuthorizationCode();
        ECKey key = UPSTREAM.relyingPartyKey();
        PrivateKeyJWT clientAuthentication = new PrivateKeyJWT(
                clientId,
                provider.getTokenEndpointURI(),
                JWSAlgorithm.ES256,
                key.toECPrivateKey(),
                key.getKeyID(),
                null);
        TokenResponse response = OIDCTokenResponseParser.parse(new TokenRequest(
                        provider.getTokenEndpointURI(),
                        clientAuthentication,
                        new AuthorizationCodeGrant(code, PORTAL_REDIRECT, verifier))
                .toHTTPRequest()
                .send());
        assertThat(response.indicatesSuccess())
                .as(() -> response.toErrorResponse()
                        .getErrorObject()
                        .toJSONObject()
                        .toString())
                .isTrue();
        OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();

        IDTokenValidator validator = new IDTokenValidator(
                provider.getIssuer(),
                clientId,
                JWSAlgorithm.ES256,
                provider.getJWKSetURI().toURL());
        IDTokenClaimsSet idToken = validator.validate(tokens.getOIDCTokens().getIDToken(), nonce);
        assertThat(idToken.getStringClaim("national_id")).isEqualTo(Citizen.AN.nationalId());
        assertThat(idToken.getACR().getValue()).isEqualTo(Citizen.LEVEL_2);
        assertThat(idToken.getAuthenticationTime()).isNotNull();

        UserInfoResponse userInfo = UserInfoResponse.parse(new UserInfoRequest(
                        provider.getUserInfoEndpointURI(),
                        tokens.getOIDCTokens().getBearerAccessToken())
                .toHTTPRequest()
                .send());
        assertThat(userInfo.indicatesSuccess()).isTrue();
        assertThat(userInfo.toSuccessResponse().getUserInfo().getSubject()).isEqualTo(idToken.getSubject());
        assertThat(userInfo.toSuccessResponse().getUserInfo().getFamilyName()).isEqualTo("Nguyễn");
    }

    @Test
    void whenNimbusAsksForAnAgencyTokenThenAResourceServerCanValidateIt() throws Exception {
        OIDCProviderMetadata provider = OIDCProviderMetadata.resolve(new Issuer(SERVER));
        ECKey key = demoClientKey("agency-nao");
        PrivateKeyJWT clientAuthentication = new PrivateKeyJWT(
                new ClientID("agency-nao"),
                provider.getTokenEndpointURI(),
                JWSAlgorithm.ES256,
                key.toECPrivateKey(),
                key.getKeyID(),
                null);

        TokenResponse response = TokenResponse.parse(new TokenRequest(
                        provider.getTokenEndpointURI(),
                        clientAuthentication,
                        new ClientCredentialsGrant(),
                        new Scope("competency.query"))
                .toHTTPRequest()
                .send());

        assertThat(response.indicatesSuccess())
                .as(() -> response.toErrorResponse()
                        .getErrorObject()
                        .toJSONObject()
                        .toString())
                .isTrue();
        BearerAccessToken accessToken = response.toSuccessResponse().getTokens().getBearerAccessToken();
        // As the credential service would: signature by the JWK set, issuer, audience, expiry.
        JWKSource<SecurityContext> keys =
                JWKSourceBuilder.create(provider.getJWKSetURI().toURL()).build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                "http://localhost:8080",
                new JWTClaimsSet.Builder().issuer(SERVER).build(),
                Set.of("sub", "exp", "iat", "jti", "scope", "client_id")));
        JWTClaimsSet claims = processor.process(accessToken.getValue(), null);
        assertThat(claims.getSubject()).isEqualTo("agency-nao");
        assertThat(claims.getStringClaim("scope")).isEqualTo("competency.query");
    }
}
