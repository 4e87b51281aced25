package vn.hocvuso.credential.operator;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The operators' login (HTTP Basic) to the data-quality view, prefix {@code credentials.operator}.
 *
 * @param username the operator's user name
 * @param passwordEnv the environment variable holding the password; when it is unset, a password is
 *     generated on first start into {@code <data-dir>/operator.password} (owner-only)
 */
@Validated
@ConfigurationProperties("credentials.operator")
public record OperatorProperties(
        @NotBlank @DefaultValue("operator") String username,

        @NotBlank @DefaultValue("CREDENTIALS_OPERATOR_PASSWORD")
        String passwordEnv) {}
