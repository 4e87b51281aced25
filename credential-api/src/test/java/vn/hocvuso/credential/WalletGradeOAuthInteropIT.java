package vn.hocvuso.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.PushedAuthorizationRequest;
import com.nimbusds.oauth2.sdk.PushedAuthorizationResponse;
import com.nimbusds.oauth2.sdk.PushedAuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.dpop.DPoPProofFactory;
import com.nimbusds.oauth2.sdk.dpop.DefaultDPoPProofFactory;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import vn.hocvuso.credential.support.RealStack;
import vn.hocvuso.credential.support.StackBrowser;
import vn.hocvuso.keys.ServiceKeys;
import vn.hocvuso.wallet.HolderWallet;
import vn.hocvuso.wallet.Proofs;
import vn.hocvuso.wallet.StoredCredential;

/**
 * A confidential wallet built on a client library we did not write, the Nimbus OAuth 2.0 SDK,
 * against the real stack: discovery, a pushed authorization request (RFC 9126) authenticated with
 * {@code private_key_jwt} (RFC 7523) and carrying PKCE, the citizen's login and consent in a
 * browser, the token request with a DPoP proof (RFC 9449) made by the SDK's proof factory, and an
 * OpenID4VCI credential request presenting the DPoP-bound token with a fresh proof (and the
 * server's DPoP nonce when it asks for one). Nguyễn Văn An completed the basic programme in the
 * demo data.
 */
class WalletGradeOAuthInteropIT {

    static final String AN = "001089000001";
    static final ClientID WALLET = new ClientID("wallet-confidential");
    static final String CONFIGURATION_ID = "digital_competency_sd_jwt";

    final RealStack stack = RealStack.get();

    @Test
    void whenANimbusWalletRunsParPkceDpopAndPrivateKeyJwtThenItGetsACredentialWithItsDpopBoundToken() throws Exception {
        AuthorizationServerMetadata metadata =
                AuthorizationServerMetadata.resolve(new Issuer(stack.authServer.baseUrl()));
        assertThat(metadata.getPushedAuthorizationRequestEndpointURI()).isNotNull();
        assertThat(metadata.getDPoPJWSAlgs()).contains(JWSAlgorithm.ES256);
        ECKey dpopKey =
                new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
        DPoPProofFactory dpop = new DefaultDPoPProofFactory(dpopKey, JWSAlgorithm.ES256);

        try (WebClient browser = StackBrowser.open();
                Callback callback = Callback.start()) {
            // The portal login links An's auth-server account to her learning records.
            StackBrowser.logInToPortal(browser, stack, AN);

            CodeVerifier verifier = new CodeVerifier();
            State state = new State();
            AuthorizationRequest request = new AuthorizationRequest.Builder(ResponseType.CODE, WALLET)
                    .redirectionURI(callback.redirectUri())
                    .scope(new Scope("openid", "digital_competency_credential"))
                    .state(state)
                    .codeChallenge(verifier, CodeChallengeMethod.S256)
                    .build();
            HTTPResponse pushed = new PushedAuthorizationRequest(
                            metadata.getPushedAuthorizationRequestEndpointURI(), clientAssertion(), request)
                    .toHTTPRequest()
                    .send();
            PushedAuthorizationResponse parResponse = PushedAuthorizationResponse.parse(pushed);
            assertThat(parResponse.indicatesSuccess()).as(pushed.getBody()).isTrue();
            PushedAuthorizationSuccessResponse par = parResponse.toSuccessResponse();

            URI authorize = new AuthorizationRequest.Builder(par.getRequestURI(), WALLET)
                    .endpointURI(metadata.getAuthorizationEndpointURI())
                    .build()
                    .toURI();
            HtmlPage consent = browser.getPage(authorize.toURL());
            StackBrowser.submit(consent.getFormByName("approve"));
            URI redirect = callback.redirect().get(30, TimeUnit.SECONDS);
            AuthorizationResponse response = AuthorizationResponse.parse(redirect);
            assertThat(response.indicatesSuccess()).as(redirect.toString()).isTrue();
            AuthorizationSuccessResponse success = response.toSuccessResponse();
            assertThat(success.getState()).isEqualTo(state);
            assertThat(success.getIssuer()).isEqualTo(metadata.getIssuer());

            Tokens tokens = redeem(metadata, success.getAuthorizationCode(), callback.redirectUri(), verifier, dpop);
            AccessToken accessToken = tokens.getAccessToken();
            assertThat(accessToken).isInstanceOf(DPoPAccessToken.class);
            Map<String, Object> cnf =
                    SignedJWT.parse(accessToken.getValue()).getJWTClaimsSet().getJSONObjectClaim("cnf");
            assertThat(cnf).containsEntry("jkt", dpopKey.computeThumbprint().toString());

            // Sender-constrained: the same token as a plain bearer token is refused (RFC 9449 §7.2).
            HTTPRequest asBearer = new HTTPRequest(
                    HTTPRequest.Method.POST, URI.create(stack.credentials.baseUrl() + "/oid4vci/credential"));
            asBearer.setAuthorization("Bearer " + accessToken.getValue());
            asBearer.setEntityContentType(com.nimbusds.common.contenttype.ContentType.APPLICATION_JSON);
            asBearer.setBody("{\"credential_configuration_id\":\"" + CONFIGURATION_ID + "\"}");
            HTTPResponse refused = asBearer.send();
            assertThat(refused.getStatusCode()).isEqualTo(401);
            assertThat(String.join(" ", refused.getHeaderValues("WWW-Authenticate")))
                    .contains("invalid_token");

            StoredCredential credential = requestCredential(accessToken, dpop);
            assertThat(credential.claims()).containsEntry("given_name", "Văn An");
        }
    }

    private Tokens redeem(
            AuthorizationServerMetadata metadata,
            AuthorizationCode code,
            URI redirectUri,
            CodeVerifier verifier,
            DPoPProofFactory dpop)
            throws Exception {
        HTTPRequest request = new TokenRequest.Builder(
                        metadata.getTokenEndpointURI(),
                        clientAssertion(),
                        new AuthorizationCodeGrant(code, redirectUri, verifier))
                .build()
                .toHTTPRequest();
        request.setDPoP(dpop.createDPoPJWT(request.getMethod().name(), request.getURI()));
        HTTPResponse answer = request.send();
        TokenResponse response = OIDCTokenResponseParser.parse(answer);
        if (!response.indicatesSuccess()) {
            TokenErrorResponse error = response.toErrorResponse();
            throw new AssertionError(
                    "token request refused: " + error.getErrorObject().toJSONObject());
        }
        return response.toSuccessResponse().getTokens();
    }

    /**
     * The credential request as a DPoP-sender-constrained resource request (RFC 9449 §7): the SDK's
     * proof with {@code ath}; when the issuer answers {@code use_dpop_nonce}, once more with its nonce.
     */
    private StoredCredential requestCredential(AccessToken accessToken, DPoPProofFactory dpop) throws Exception {
        String issuer = stack.credentials.baseUrl();
        HolderWallet wallet = new HolderWallet(List.of(localRoot()));
        ECKey holderKey = Proofs.newHolderKey();
        String proof = Proofs.keyProof(holderKey, issuer, wallet.nonce(issuer), Instant.now());
        URI endpoint = URI.create(issuer + "/oid4vci/credential");
        String body = "{\"credential_configuration_id\":\"" + CONFIGURATION_ID + "\",\"proofs\":{\"jwt\":[\"" + proof
                + "\"]}}";

        HTTPResponse answer = credentialRequest(endpoint, body, accessToken, dpop, null);
        if (answer.getStatusCode() == 401 && answer.getDPoPNonce() != null) {
            answer = credentialRequest(endpoint, body, accessToken, dpop, answer.getDPoPNonce());
        }
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> credentials =
                (List<Map<String, Object>>) answer.getBodyAsJSONObject().get("credentials");
        return wallet.receive(issuer, (String) credentials.get(0).get("credential"), holderKey);
    }

    private static HTTPResponse credentialRequest(
            URI endpoint,
            String body,
            AccessToken accessToken,
            DPoPProofFactory dpop,
            com.nimbusds.openid.connect.sdk.Nonce nonce)
            throws Exception {
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, endpoint);
        request.setEntityContentType(com.nimbusds.common.contenttype.ContentType.APPLICATION_JSON);
        request.setBody(body);
        request.setAuthorization(accessToken.toAuthorizationHeader());
        request.setDPoP(dpop.createDPoPJWT("POST", endpoint, accessToken, nonce));
        return request.send();
    }

    /** A fresh private_key_jwt assertion (RFC 7523) with the key auth-server generated for the demo wallet client. */
    private PrivateKeyJWT clientAssertion() throws Exception {
        ECKey key = (ECKey) ServiceKeys.open(
                        stack.authServer.dataDir().resolve("demo-clients").resolve(WALLET.getValue()),
                        WALLET.getValue(),
                        "AUTH_DEMO_CLIENT_KEYSTORE_PASSWORD",
                        System.getenv(),
                        Clock.systemUTC())
                .load()
                .active()
                .jwk();
        return new PrivateKeyJWT(
                WALLET,
                URI.create(stack.authServer.baseUrl()),
                JWSAlgorithm.ES256,
                (java.security.PrivateKey) key.toECPrivateKey(),
                key.getKeyID(),
                null);
    }

    private X509Certificate localRoot() throws Exception {
        try (InputStream pem = Files.newInputStream(stack.credentials.dataDir().resolve("root-ca.pem"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
        }
    }

    /** The wallet's redirect listener on the loopback interface. */
    private record Callback(HttpServer server, CompletableFuture<URI> redirect) implements AutoCloseable {

        static Callback start() throws Exception {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            CompletableFuture<URI> redirect = new CompletableFuture<>();
            Callback callback = new Callback(server, redirect);
            server.createContext("/callback", exchange -> {
                redirect.complete(URI.create(
                        callback.redirectUri() + "?" + exchange.getRequestURI().getRawQuery()));
                byte[] body = "<!doctype html><title>Wallet</title><p>Done.</p>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return callback;
        }

        URI redirectUri() {
            // Any loopback port: the client requires PAR, so its redirect URI comes authenticated (RFC 8252 §7.3).
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/callback");
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
