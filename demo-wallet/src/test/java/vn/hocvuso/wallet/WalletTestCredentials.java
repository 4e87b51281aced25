package vn.hocvuso.wallet;

/** A credential made here for the wallet's own tests. */
public final class WalletTestCredentials {

    private WalletTestCredentials() {}

    public static StoredCredential credential() throws Exception {
        return DcqlMatcherTest.credential("https://issuer.example/vct");
    }
}
