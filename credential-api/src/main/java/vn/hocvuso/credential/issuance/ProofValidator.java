package vn.hocvuso.credential.issuance;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.hocvuso.credential.issuer.IssuerUrls;

/**
 * Checks a {@code jwt} key proof (OID4VCI 1.0 Appendix F.1, F.4) without touching the database:
 * structure and allow-lists before any cryptography, then the signature, then the claims. The
 * nonce it carries is consumed later, inside the issuance transaction.
 */
@Component
public class ProofValidator {

    static final JOSEObjectType PROOF_TYPE = new JOSEObjectType("openid4vci-proof+jwt");

    /** The only algorithm accepted: it is also the only one our metadata advertises. */
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES256);

    /** Header parameters naming a key in a way we do not support; with {@code jwk} they would be ambiguous. */
    private static final List<String> OTHER_KEY_PARAMETERS = List.of("kid", "x5c", "trust_chain", "key_attestation");

    private final IssuerUrls urls;
    private final IssuanceProperties properties;
    private final Clock clock;

    public ProofValidator(IssuerUrls urls, IssuanceProperties properties, Clock clock) {
        this.urls = urls;
        this.properties = properties;
        this.clock = clock;
    }

    public VerifiedProof validate(String proof) {
        SignedJWT jwt = parse(proof);
        JWSHeader header = jwt.getHeader();
        if (!PROOF_TYPE.equals(header.getType())) {
            throw CredentialError.invalidProof("the proof's typ must be openid4vci-proof+jwt");
        }
        if (!ALGORITHMS.contains(header.getAlgorithm())) {
            throw CredentialError.invalidProof("the proof's alg must be ES256");
        }
        if (!header.getCustomParams().isEmpty() && hasOtherKeyParameter(header)) {
            throw CredentialError.invalidProof("the proof must name its key by jwk only");
        }
        if (header.getKeyID() != null || header.getX509CertChain() != null) {
            throw CredentialError.invalidProof("the proof must name its key by jwk only");
        }
        if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            throw CredentialError.invalidProof("the proof has critical header parameters we do not understand");
        }
        ECKey key = holderKey(header.getJWK());
        verifySignature(jwt, key);
        String nonce = checkClaims(claims(jwt));
        return new VerifiedProof(key, thumbprint(key), nonce);
    }

    private static SignedJWT parse(String proof) {
        try {
            return SignedJWT.parse(proof);
        } catch (ParseException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Non-public")) {
                // Nimbus refuses a private jwk in a JWS header while parsing (F.1: MUST NOT).
                throw CredentialError.invalidProof("the proof's jwk holds private key material");
            }
            // alg "none" and malformed tokens end here: an unsigned JWT is not a SignedJWT.
            throw CredentialError.invalidProof("the proof is not a signed JWT");
        }
    }

    private static boolean hasOtherKeyParameter(JWSHeader header) {
        return OTHER_KEY_PARAMETERS.stream().anyMatch(header.getCustomParams()::containsKey);
    }

    private static ECKey holderKey(JWK jwk) {
        if (jwk == null) {
            throw CredentialError.invalidProof("the proof's header must carry the holder's public key as jwk");
        }
        if (jwk.isPrivate()) {
            // F.1: the jwk MUST NOT contain a private key. Refused, never stripped and used.
            throw CredentialError.invalidProof("the proof's jwk holds private key material");
        }
        if (!(jwk instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
            throw CredentialError.invalidProof("the holder key must be an EC P-256 key for ES256");
        }
        return ec;
    }

    private static void verifySignature(SignedJWT jwt, ECKey key) {
        try {
            if (!jwt.verify(new ECDSAVerifier(key))) {
                throw CredentialError.invalidProof("the proof's signature does not verify with its jwk");
            }
        } catch (JOSEException e) {
            throw CredentialError.invalidProof("the proof's signature cannot be checked with its jwk");
        }
    }

    private static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw CredentialError.invalidProof("the proof's payload is not a JWT claims set");
        }
    }

    private String checkClaims(JWTClaimsSet claims) {
        // F.1: aud is a single string, the Credential Issuer Identifier; a list could smuggle in others.
        List<String> audience = claims.getAudience();
        if (audience.size() != 1 || !urls.issuer().equals(audience.get(0))) {
            throw CredentialError.invalidProof("the proof's aud must be " + urls.issuer());
        }
        if (claims.getIssueTime() == null) {
            throw CredentialError.invalidProof("the proof has no iat");
        }
        Instant issuedAt = claims.getIssueTime().toInstant();
        Instant now = clock.instant();
        if (issuedAt.isBefore(now.minus(properties.proofMaxAge()))) {
            throw CredentialError.invalidProof("the proof is too old; sign a new one");
        }
        if (issuedAt.isAfter(now.plus(properties.proofClockSkew()))) {
            throw CredentialError.invalidProof("the proof's iat is in the future");
        }
        if (claims.getExpirationTime() != null
                && !claims.getExpirationTime().toInstant().isAfter(now)) {
            throw CredentialError.invalidProof("the proof has expired");
        }
        Object nonce = claims.getClaim("nonce");
        if (!(nonce instanceof String value) || value.isBlank()) {
            // §8.3.1.2: a proof without a c_nonce is an invalid_proof, not an invalid_nonce.
            throw CredentialError.invalidProof("the proof has no nonce; get one from " + urls.nonceEndpoint());
        }
        return value;
    }

    private static String thumbprint(ECKey key) {
        try {
            return key.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw CredentialError.invalidProof("the holder key has no thumbprint");
        }
    }
}
