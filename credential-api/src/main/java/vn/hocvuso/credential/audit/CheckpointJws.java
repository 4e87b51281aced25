package vn.hocvuso.credential.audit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * A checkpoint as a compact JWS (RFC 7515 §7.1), ES256 only (RFC 7518 §3.4): the claims {@code iss}
 * (the service), {@code seq} and {@code entry_hash} (the sealed head) and {@code iat} (when).
 */
final class CheckpointJws {

    static final JOSEObjectType TYPE = new JOSEObjectType("access-log-checkpoint+jwt");

    private CheckpointJws() {}

    static String sign(CheckpointKeys.Signing signing, String issuer, long seq, String entryHash, Instant at) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .issueTime(Date.from(at))
                .claim("seq", seq)
                .claim("entry_hash", entryHash)
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .type(TYPE)
                        .keyID(signing.kid())
                        .build(),
                claims);
        try {
            jwt.sign(signing.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access-log checkpoint", e);
        }
        return jwt.serialize();
    }

    /**
     * What is wrong with a stored checkpoint, or empty when its signature holds and what it signs is
     * what the row says. Does not compare it with the chain: the caller does.
     */
    static Optional<BrokenLink> problem(StoredCheckpoint checkpoint, CheckpointKeys keys, String issuer) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(checkpoint.jws());
        } catch (ParseException e) {
            return invalid(checkpoint, "the checkpoint is not a compact JWS");
        }
        JWSHeader header = jwt.getHeader();
        if (!JWSAlgorithm.ES256.equals(header.getAlgorithm()) || !TYPE.equals(header.getType())) {
            return invalid(checkpoint, "the checkpoint is not an ES256 access-log checkpoint");
        }
        if (header.getKeyID() == null || !header.getKeyID().equals(checkpoint.kid())) {
            return altered(checkpoint, "the checkpoint's key id differs from the one stored with it");
        }
        Optional<ECKey> key = keys.publicKey(header.getKeyID());
        if (key.isEmpty()) {
            return invalid(checkpoint, "the checkpoint is signed with an unknown key");
        }
        if (!verifies(jwt, key.get())) {
            return invalid(checkpoint, "the checkpoint's signature is invalid");
        }
        return claimsProblem(jwt, checkpoint, issuer);
    }

    private static boolean verifies(SignedJWT jwt, ECKey key) {
        try {
            return jwt.verify(new ECDSAVerifier(key));
        } catch (JOSEException e) {
            return false;
        }
    }

    private static Optional<BrokenLink> claimsProblem(SignedJWT jwt, StoredCheckpoint checkpoint, String issuer) {
        try {
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Long seq = claims.getLongClaim("seq");
            Date issued = claims.getIssueTime();
            if (!issuer.equals(claims.getIssuer())) {
                return altered(checkpoint, "the checkpoint was signed for another issuer");
            }
            if (seq == null || seq != checkpoint.seq()) {
                return altered(checkpoint, "the checkpoint's signed seq differs from its stored seq");
            }
            if (!checkpoint.entryHash().equals(claims.getStringClaim("entry_hash"))) {
                return altered(checkpoint, "the checkpoint's signed hash differs from its stored hash");
            }
            if (issued == null || !issued.toInstant().equals(checkpoint.sealedAt())) {
                return altered(checkpoint, "the checkpoint's signed time differs from its stored time");
            }
            return Optional.empty();
        } catch (ParseException e) {
            return altered(checkpoint, "the checkpoint's claims cannot be read");
        }
    }

    private static Optional<BrokenLink> invalid(StoredCheckpoint checkpoint, String detail) {
        return ChainWalk.broken(checkpoint.seq(), BrokenLink.Problem.CHECKPOINT_SIGNATURE_INVALID, detail);
    }

    private static Optional<BrokenLink> altered(StoredCheckpoint checkpoint, String detail) {
        return ChainWalk.broken(checkpoint.seq(), BrokenLink.Problem.CHECKPOINT_ALTERED, detail);
    }
}
