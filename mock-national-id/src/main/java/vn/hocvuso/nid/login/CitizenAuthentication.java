package vn.hocvuso.nid.login;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import vn.hocvuso.nid.citizen.AssuranceLevel;

/**
 * The session of a logged-in citizen, in Spring Security's own types so that Spring Authorization
 * Server stores it with each authorization without custom serialisation: the principal name is the
 * citizen's opaque {@code sub} (never the ID number), each factor is a {@link FactorGrantedAuthority}
 * stamped with the time it was verified (Spring Authorization Server takes {@code auth_time} from
 * the latest), and the assurance level of the login is an authority.
 */
public final class CitizenAuthentication {

    /** The one-time code of a level-2 login. */
    public static final String ONE_TIME_CODE_FACTOR = "FACTOR_OTP";

    private static final String LEVEL_PREFIX = "NID_LOA_";

    private CitizenAuthentication() {}

    /** A level-1 login: password only. */
    public static Authentication withPassword(String subject, Instant passwordAt) {
        return create(subject, AssuranceLevel.LEVEL_1, passwordAt, null);
    }

    /** A level-2 login: password, then the one-time code. */
    public static Authentication withPasswordAndCode(String subject, Instant passwordAt, Instant codeAt) {
        return create(subject, AssuranceLevel.LEVEL_2, passwordAt, codeAt);
    }

    private static Authentication create(String subject, AssuranceLevel level, Instant passwordAt, Instant codeAt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(passwordAt)
                .build());
        if (codeAt != null) {
            authorities.add(FactorGrantedAuthority.withAuthority(ONE_TIME_CODE_FACTOR)
                    .issuedAt(codeAt)
                    .build());
        }
        authorities.add(new SimpleGrantedAuthority(LEVEL_PREFIX + level.number()));
        return UsernamePasswordAuthenticationToken.authenticated(subject, null, authorities);
    }

    /** The assurance level the login reached, if this is a citizen login. */
    public static Optional<AssuranceLevel> level(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(LEVEL_PREFIX))
                .map(authority -> AssuranceLevel.ofNumber(Integer.parseInt(authority.substring(LEVEL_PREFIX.length()))))
                .findFirst();
    }

    /** The authentication methods used, as RFC 8176 values: {@code pwd}, plus {@code otp} and {@code mfa}. */
    public static List<String> methods(Authentication authentication) {
        List<String> amr = new ArrayList<>();
        boolean password = hasFactor(authentication, FactorGrantedAuthority.PASSWORD_AUTHORITY);
        boolean code = hasFactor(authentication, ONE_TIME_CODE_FACTOR);
        if (password) {
            amr.add("pwd");
        }
        if (code) {
            amr.add("otp");
        }
        if (password && code) {
            amr.add("mfa");
        }
        return amr;
    }

    private static boolean hasFactor(Authentication authentication, String factor) {
        return authentication.getAuthorities().stream()
                .anyMatch(authority ->
                        authority instanceof FactorGrantedAuthority && factor.equals(authority.getAuthority()));
    }
}
