package vn.hocvuso.wallet.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.hocvuso.wallet.HolderWallet;
import vn.hocvuso.wallet.PresentationRequest;
import vn.hocvuso.wallet.PresentationResponse;

@Command(
        name = "present",
        mixinStandardHelpOptions = true,
        description = {
            "Answers a presentation request (the openid4vp:// link or QR code content of the employer page):",
            "fetches the signed request object, checks its x5c chain to the trust anchor and the verifier's",
            "name, finds a credential matching its DCQL query, discloses the requested claims (or only",
            "those of --disclose), signs the key binding for the verifier's nonce, and posts it (direct_post).",
            "Prints the address where the verdict shows."
        })
final class PresentCommand implements Callable<Integer> {

    @Mixin
    WalletOptions options;

    @Parameters(index = "0", paramLabel = "REQUEST", description = "the openid4vp://... link (quote it)")
    String link;

    @Option(
            names = "--disclose",
            split = ",",
            paramLabel = "CLAIM",
            description =
                    "disclose only these claims (e.g. given_name,family_name); default: what the verifier asks for;"
                            + " --disclose= (empty) discloses none")
    List<String> disclose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        HolderWallet wallet = options.wallet();
        PresentationRequest request = wallet.resolvePresentationRequest(link.strip());
        out.println("DEMO wallet: " + request.clientName().orElse(request.clientId()) + " (" + request.clientId()
                + ", certificate checked) asks for a credential.");
        Set<String> asked = wallet.requestedDisclosures(request);
        out.println("  it asks you to disclose: " + (asked.isEmpty() ? "nothing personal" : String.join(", ", asked)));
        List<String> chosen = disclose == null
                ? List.copyOf(asked)
                : disclose.stream()
                        .map(String::strip)
                        .filter(claim -> !claim.isEmpty())
                        .toList();
        PresentationResponse response = wallet.submit(request, wallet.presentationFor(request, chosen));
        out.println("  disclosed: "
                + (response.disclosed().isEmpty() ? "nothing personal" : String.join(", ", response.disclosed())));
        out.println("Sent to " + request.responseUri());
        response.redirectUri().ifPresent(uri -> out.println("Open the result: " + uri));
        out.flush();
        return 0;
    }
}
