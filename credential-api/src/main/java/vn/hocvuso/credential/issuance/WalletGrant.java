package vn.hocvuso.credential.issuance;

import java.util.Objects;
import java.util.Optional;
import vn.hocvuso.credential.learner.LearnerKey;

/**
 * What an access token presented at the credential endpoint entitles its bearer to: credentials of
 * configuration {@code configurationId} for {@code learner}.
 *
 * @param learner the learner the token speaks for
 * @param configurationId the credential configuration the token is for
 * @param programmeId the programme, when the grant names one (a credential offer does); otherwise
 *     the learner's latest completed programme
 * @param assuranceLevel the {@code acr} with which the learner's identity was verified for this grant
 * @param grantType how the token was obtained, recorded with the credential
 */
public record WalletGrant(
        LearnerKey learner,
        String configurationId,
        Optional<String> programmeId,
        Optional<String> assuranceLevel,
        String grantType) {

    public static final String AUTHORIZATION_CODE = "authorization_code";
    public static final String PRE_AUTHORIZED_CODE = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

    public WalletGrant {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(configurationId, "configurationId");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(assuranceLevel, "assuranceLevel");
        Objects.requireNonNull(grantType, "grantType");
    }
}
