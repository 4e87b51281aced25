package vn.hocvuso.wallet;

import com.authlete.sd.Disclosure;
import com.authlete.sd.SDJWT;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/** What the holder signs: key proofs for issuance and key-binding JWTs for presentation. */
public final class Proofs {

    public static final JOSEObjectType PROOF_TYPE = new JOSEObjectType("openid4vci-proof+jwt");
    public static final JOSEObjectType KB_JWT_TYPE = new JOSEObjectType("kb+jwt");

    private Proofs() {}

    /** A new P-256 holder key, {@code kid} = its thumbprint. */
    public static ECKey newHolderKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new WalletException("cannot generate a holder key", e);
        }
    }

    /**
     * A {@code jwt} key proof (OID4VCI 1.0 Appendix F.1): {@code typ openid4vci-proof+jwt}, ES256,
     * the public holder key in {@code jwk}, {@code aud} the issuer, {@code iat}, {@code nonce}.
     */
    public static String keyProof(ECKey holderKey, String issuer, String nonce, Instant issuedAt) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(PROOF_TYPE)
                .jwk(holderKey.toPublicJWK())
                .build();
        JWTClaimsSet.Builder claims =
                new JWTClaimsSet.Builder().audience(issuer).issueTime(Date.from(issuedAt));
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        return sign(header, claims.build(), holderKey);
    }

    /**
     * A presentation (RFC 9901 §4.3): the issuer-signed JWT, the chosen disclosures, and a KB-JWT
     * over them with the verifier's {@code nonce} and {@code aud}, {@code iat} and {@code sd_hash}.
     */
    public static String presentation(
            StoredCredential credential, Collection<String> disclose, String audience, String nonce, Instant issuedAt) {
        List<Disclosure> chosen = credential.disclosures().stream()
                .filter(disclosure -> disclose.contains(disclosure.getClaimName()))
                .toList();
        SDJWT withoutBinding = new SDJWT(credential.parsed().getCredentialJwt(), chosen);
        JWSHeader header =
                new JWSHeader.Builder(JWSAlgorithm.ES256).type(KB_JWT_TYPE).build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issueTime(Date.from(issuedAt))
                .audience(audience)
                .claim("nonce", nonce)
                .claim("sd_hash", withoutBinding.getSDHash())
                .build();
        String kbJwt = sign(header, claims, credential.holderKey());
        return new SDJWT(withoutBinding.getCredentialJwt(), chosen, kbJwt).toString();
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, ECKey key) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new WalletException("cannot sign with the holder key", e);
        }
    }
}
