package vn.hocvuso.auth.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import vn.hocvuso.auth.account.PersonalDataCipher;
import vn.hocvuso.auth.token.DPoPNonces;
import vn.hocvuso.auth.token.DPoPProofChecks;
import vn.hocvuso.auth.token.DPoPTokenRequests;
import vn.hocvuso.auth.token.JdbcDPoPProofJtiStore;
import vn.hocvuso.auth.userinfo.UserInfoDPoPProofs;

/** DPoP at the token endpoint and userinfo (RFC 9449): the proof rules, the shared store of proof jtis and the stateless nonces. */
@Configuration(proxyBeanMethods = false)
class WalletGradeConfiguration {

    @Bean
    JdbcDPoPProofJtiStore dpopProofJtiStore(JdbcClient jdbc, Clock clock) {
        return new JdbcDPoPProofJtiStore(jdbc, clock);
    }

    /** Sealed under the data key: every instance opens every instance's nonces. */
    @Bean
    DPoPNonces dpopNonces(PersonalDataCipher cipher, AuthServerProperties properties, Clock clock) {
        return new DPoPNonces(cipher, properties.dpop().nonceLifetime(), clock);
    }

    @Bean
    DPoPProofChecks dpopProofChecks(
            JdbcDPoPProofJtiStore jtis, Clock clock, DPoPNonces nonces, AuthServerProperties properties) {
        return new DPoPProofChecks(jtis, clock, nonces, properties.dpop().nonceRequired());
    }

    @Bean
    DPoPTokenRequests dpopTokenRequests(
            DPoPProofChecks checks, DPoPNonces nonces, OAuth2AuthorizationService authorizations) {
        return new DPoPTokenRequests(checks, nonces, authorizations);
    }

    /** The same store of proof jtis for the proofs presented at userinfo. */
    @Bean
    UserInfoDPoPProofs userInfoDPoPProofs(DPoPProofChecks checks) {
        return new UserInfoDPoPProofs(checks);
    }
}
