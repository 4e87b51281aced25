package vn.hocvuso.nid.admin;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Checks the HTTP Basic credentials of the admin API against {@link AdminCredentials}. */
public final class AdminAuthenticationProvider implements AuthenticationProvider {

    public static final String ROLE = "NID_ADMIN";

    private final AdminCredentials credentials;

    public AdminAuthenticationProvider(AdminCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object password = authentication.getCredentials();
        if (!credentials.matches(username, password == null ? null : password.toString())) {
            throw new BadCredentialsException("wrong admin credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
