package vn.hocvuso.credential.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.stereotype.Component;

/**
 * Signs the issuer's JWTs (credentials, status lists) with ES256, naming the key by {@code kid}
 * and carrying its {@code x5c} chain, so that a verifier can use either the issuer's JWKS or the
 * certificate chain (SD-JWT VC §3.5).
 */
@Component
public class IssuerJwtSigner {

    private final IssuerSigningKey keys;

    public IssuerJwtSigner(IssuerSigningKey keys) {
        this.keys = keys;
    }

    /** The compact serialisation of {@code claims} signed by the active key, with header {@code typ}. */
    public String sign(JOSEObjectType type, JWTClaimsSet claims) {
        IssuerSigningKey.Signing signing = keys.current();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(type)
                .keyID(signing.kid())
                .x509CertChain(signing.x5c())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signing.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with the issuer key " + signing.kid(), e);
        }
        return jwt.serialize();
    }
}
