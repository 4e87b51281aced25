package vn.hocvuso.nid.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A relying party registered from configuration, one element of {@code nid.clients[...]}. It
 * authenticates with {@code private_key_jwt} (ES256), its keys published at {@code jwkSetUrl}, uses
 * the authorization code flow with PKCE S256, and may only be sent back to {@code redirectUris},
 * matched exactly.
 *
 * @param clientName shown on the login page; defaults to the client id
 */
public record ConfiguredClient(
        @NotBlank String clientId,
        String clientName,
        @NotEmpty List<@NotNull URI> redirectUris,
        @NotNull URI jwkSetUrl,

        @DefaultValue({"openid", "profile", "address", "email", "phone", "national_id"})
        Set<String> scopes) {

    public String displayName() {
        return clientName == null || clientName.isBlank() ? clientId : clientName;
    }
}
