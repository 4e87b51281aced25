package vn.hocvuso.credential.portal;

import java.time.Clock;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.hocvuso.credential.learner.RecordLearnerLogin;

/**
 * Completes a portal login: Spring's {@link OidcUserService} validates the ID token and reads
 * userinfo, then the learner is recorded (or updated) from the claims. A login without the
 * national ID or the profile claims is refused, before anything is recorded.
 */
public final class LearnerOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> delegate;
    private final RecordLearnerLogin recordLogin;
    private final Clock clock;

    public LearnerOidcUserService(RecordLearnerLogin recordLogin, Clock clock) {
        this(new OidcUserService(), recordLogin, clock);
    }

    LearnerOidcUserService(
            OAuth2UserService<OidcUserRequest, OidcUser> delegate, RecordLearnerLogin recordLogin, Clock clock) {
        this.delegate = delegate;
        this.recordLogin = recordLogin;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = delegate.loadUser(request);
        recordLogin.record(LoginClaims.read(user, clock));
        return new LearnerOidcUser(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
    }
}
