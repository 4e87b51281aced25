package vn.hocvuso.auth.consent;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.auth.client.RelyingParty;
import vn.hocvuso.auth.release.ReleaseSummary;
import vn.hocvuso.auth.token.JdbcAuthorizationIndex;
import vn.hocvuso.auth.token.TokenFamilies;

/** A citizen's consents: what each client receives, and withdrawing one (which revokes that client's tokens). */
public final class Consents {

    /** One consent as the account page shows it. */
    public record Granted(String clientId, String clientName, ReleaseSummary release) {}

    private final JdbcConsentList list;
    private final OAuth2AuthorizationConsentService consents;
    private final RegisteredClientRepository clients;
    private final JdbcAuthorizationIndex authorizations;
    private final TokenFamilies families;
    private final TransactionTemplate transactions;

    public Consents(
            JdbcConsentList list,
            OAuth2AuthorizationConsentService consents,
            RegisteredClientRepository clients,
            JdbcAuthorizationIndex authorizations,
            TokenFamilies families,
            TransactionTemplate transactions) {
        this.list = list;
        this.consents = consents;
        this.clients = clients;
        this.authorizations = authorizations;
        this.families = families;
        this.transactions = transactions;
    }

    public List<Granted> of(String principalName) {
        return list.registeredClientIdsOf(principalName).stream()
                .map(registeredClientId -> granted(registeredClientId, principalName))
                .filter(Objects::nonNull)
                .toList();
    }

    private Granted granted(String registeredClientId, String principalName) {
        RegisteredClient client = clients.findById(registeredClientId);
        OAuth2AuthorizationConsent consent = consents.findById(registeredClientId, principalName);
        if (client == null || consent == null) {
            return null;
        }
        RelyingParty relyingParty = RelyingParty.of(client);
        return new Granted(client.getClientId(), relyingParty.name(), ReleaseSummary.of(relyingParty, scopes(consent)));
    }

    private static Set<String> scopes(OAuth2AuthorizationConsent consent) {
        Set<String> scopes = consent.getScopes();
        if (!scopes.isEmpty()) {
            return scopes;
        }
        return consent.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("SCOPE_"))
                .map(authority -> authority.substring("SCOPE_".length()))
                .collect(Collectors.toSet());
    }

    /** Removes the consent and revokes every token the client holds for the citizen; false if there was none. */
    public boolean withdraw(String principalName, String clientId) {
        RegisteredClient client = clients.findByClientId(clientId);
        if (client == null) {
            return false;
        }
        Boolean withdrawn = transactions.execute(status -> {
            OAuth2AuthorizationConsent consent = consents.findById(client.getId(), principalName);
            if (consent == null) {
                return false;
            }
            consents.remove(consent);
            authorizations
                    .idsOf(client.getId(), principalName)
                    .forEach(id -> families.revoke(id, "the citizen withdrew the consent"));
            return true;
        });
        return Boolean.TRUE.equals(withdrawn);
    }
}
