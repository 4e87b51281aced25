package vn.hocvuso.wallet.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.hocvuso.wallet.CredentialOffer;
import vn.hocvuso.wallet.HolderWallet;
import vn.hocvuso.wallet.Proofs;
import vn.hocvuso.wallet.StoredCredential;
import vn.hocvuso.wallet.WalletException;

@Command(
        name = "receive",
        mixinStandardHelpOptions = true,
        description = {
            "Follows a credential offer (the openid-credential-offer:// link of the learner's page), redeems",
            "its pre-authorized code with the transaction code, proves possession of a new holder key,",
            "verifies the credential (issuer keys, x5c chain to the trust anchor) and keeps it."
        })
final class ReceiveCommand implements Callable<Integer> {

    @Mixin
    WalletOptions options;

    @Parameters(index = "0", paramLabel = "OFFER", description = "the openid-credential-offer://... link (quote it)")
    String offer;

    @Option(names = "--tx-code", paramLabel = "CODE", description = "the transaction code shown beside the offer")
    String txCode;

    @Option(
            names = "--dpop",
            description = "bind the access token to a fresh DPoP key (RFC 9449) and prove it on every request")
    boolean dpop;

    @Option(
            names = "--encrypt-response",
            paramLabel = "ENC",
            description = "ask for an encrypted credential response (OpenID4VCI 1.0 §8.2): A128GCM or A256GCM")
    String encryptResponse;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        WalletFolder folder = options.folder();
        HolderWallet wallet = options.wallet();
        if (dpop) {
            wallet.useDPoP(Proofs.newHolderKey());
        }
        if (encryptResponse != null) {
            wallet.encryptCredentialResponses(encryptResponse);
        }
        CredentialOffer resolved = wallet.resolveOffer(offer.strip());
        if (resolved.txCodeRequired() && (txCode == null || txCode.isBlank())) {
            throw new WalletException("this offer needs the transaction code shown on the page: add --tx-code CODE");
        }
        if (resolved.configurationIds().isEmpty()) {
            throw new WalletException("the offer names no credential configuration");
        }
        String token = wallet.redeem(resolved, txCode);
        List<StoredCredential> received = wallet.requestCredentials(
                resolved.credentialIssuer(), token, resolved.configurationIds().get(0), 1);
        List<StoredCredential> all = new ArrayList<>(folder.load());
        all.addAll(received);
        folder.save(all);
        PrintWriter out = spec.commandLine().getOut();
        out.println("DEMO wallet: received " + received.size() + " credential(s) from " + resolved.credentialIssuer());
        for (StoredCredential credential : received) {
            ListCommand.describe(out, all.indexOf(credential) + 1, credential);
        }
        out.println("Kept in " + folder.file());
        out.flush();
        return 0;
    }
}
