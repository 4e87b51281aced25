package vn.hocvuso.auth.consent;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.hocvuso.auth.client.RelyingParty;
import vn.hocvuso.auth.release.ReleaseSummary;

/**
 * The consent page Spring Authorization Server sends a citizen to: it lists, in words, exactly what
 * the client will receive (the same rule as the tokens, {@link ReleaseSummary}), and submits an
 * approval of all of it or a refusal to the authorization endpoint.
 */
@Controller
class ConsentController {

    private final RegisteredClientRepository clients;

    ConsentController(RegisteredClientRepository clients) {
        this.clients = clients;
    }

    @GetMapping("/oauth2/consent")
    String consent(
            @RequestParam("client_id") String clientId,
            @RequestParam("scope") String scope,
            @RequestParam("state") String state,
            Model model) {
        RegisteredClient client = clients.findByClientId(clientId);
        if (client == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Set<String> scopes = new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
        RelyingParty relyingParty = RelyingParty.of(client);
        model.addAttribute("clientId", clientId);
        model.addAttribute("clientName", relyingParty.name());
        model.addAttribute("state", state);
        model.addAttribute("scopes", scopes);
        model.addAttribute("release", ReleaseSummary.of(relyingParty, scopes));
        return "consent";
    }
}
