package vn.hocvuso.nid.admin;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator account of the admin API, settings {@code nid.admin.*}.
 *
 * @param username the HTTP Basic user name
 * @param passwordEnv the environment variable holding the password; when unset, a random password
 *     is generated on first start into {@code <data-dir>/admin.password} (readable by its owner only)
 */
public record AdminProperties(
        @DefaultValue("admin") @NotBlank String username,
        @DefaultValue("NID_ADMIN_PASSWORD") @NotBlank String passwordEnv) {}
