package vn.hocvuso.credential.portal;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The learner portal's login, prefix {@code credentials.portal}.
 *
 * @param clientId the portal's client id at auth-server
 */
@Validated
@ConfigurationProperties("credentials.portal")
public record PortalProperties(
        @NotBlank @DefaultValue("credential-portal") String clientId) {}
