package vn.hocvuso.auth.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import vn.hocvuso.auth.token.DPoPTokenRequests;
import vn.hocvuso.auth.token.JdbcDPoPProofJtiStore;
import vn.hocvuso.auth.userinfo.UserInfoDPoPProofs;

/** DPoP at the token endpoint and userinfo (RFC 9449): the proof rules and the shared store of proof jtis. */
@Configuration(proxyBeanMethods = false)
class WalletGradeConfiguration {

    @Bean
    JdbcDPoPProofJtiStore dpopProofJtiStore(JdbcClient jdbc, Clock clock) {
        return new JdbcDPoPProofJtiStore(jdbc, clock);
    }

    @Bean
    DPoPTokenRequests dpopTokenRequests(
            JdbcDPoPProofJtiStore jtis, Clock clock, OAuth2AuthorizationService authorizations) {
        return new DPoPTokenRequests(jtis, clock, authorizations);
    }

    /** The same store of proof jtis for the proofs presented at userinfo. */
    @Bean
    UserInfoDPoPProofs userInfoDPoPProofs(JdbcDPoPProofJtiStore jtis, Clock clock) {
        return new UserInfoDPoPProofs(jtis, clock);
    }
}
