package vn.hocvuso.auth.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Flow tests of wallets: pushed requests, DPoP, the confidential wallet client. */
public abstract class WalletFlowTest extends FlowTest {

    protected static final String WALLET_SCOPE = "openid digital_competency_credential";

    /** The confidential wallet of application.yml, with a fresh DPoP key, at a loopback port. */
    protected static WalletClient confidentialWallet(int port) {
        return new WalletClient(
                SERVER,
                new TestClient(
                        SERVER,
                        "wallet-confidential",
                        "http://127.0.0.1:" + port + "/callback",
                        demoClientKey("wallet-confidential")),
                FakeUpstream.generate());
    }

    /** The public demo wallet, with a fresh DPoP key. */
    protected static WalletClient publicWallet(int port) {
        return new WalletClient(SERVER, demoWallet(port), FakeUpstream.generate());
    }

    /** The wallet's request pushed, the citizen logged in and (if asked) consenting: the code. */
    protected String codeFor(WalletClient wallet, WalletClient.Pushed pushed, Citizen citizen) {
        assertThat(pushed.response().status()).as(pushed.response().body()).isEqualTo(201);
        Browser.Response response = login(wallet.authorizeUrl(pushed.requestUri()), citizen);
        if (!response.isRedirect() && "/oauth2/consent".equals(response.url().getPath())) {
            response = approve(response);
        }
        return codeFrom(response, pushed.authorization());
    }

    /** A code for the wallet, from a pushed request of {@link #WALLET_SCOPE}. */
    protected String codeFor(WalletClient wallet, Citizen citizen) {
        return codeFor(wallet, wallet.push(WALLET_SCOPE, Map.of()), citizen);
    }

    protected long accessTokensIssued() {
        return jdbc.sql("SELECT COUNT(*) FROM oauth2_authorization WHERE access_token_value IS NOT NULL")
                .query(Long.class)
                .single();
    }

    protected long spentTokens() {
        return jdbc.sql("SELECT COUNT(*) FROM consumed_token").query(Long.class).single();
    }
}
