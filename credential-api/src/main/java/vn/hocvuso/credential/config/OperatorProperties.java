package vn.hocvuso.credential.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The operator account, prefix {@code credentials.operator}. Its password comes from the environment
 * variable {@code CREDENTIALS_OPERATOR_PASSWORD}, or is generated on first start into
 * {@code <data-dir>/operator.password}, readable by its owner only.
 *
 * @param username the operator's user name for HTTP Basic
 */
@Validated
@ConfigurationProperties("credentials.operator")
public record OperatorProperties(
        @NotBlank @DefaultValue("operator") String username) {}
