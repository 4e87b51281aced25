package vn.hocvuso.credential.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.authlete.sd.Disclosure;
import com.authlete.sd.SDJWT;
import com.authlete.sd.SDObjectBuilder;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import vn.hocvuso.wallet.Proofs;
import vn.hocvuso.wallet.StoredCredential;

/**
 * Other issuers, played by WireMock: one the verifier allow-lists ({@code trusted-issuers}), whose
 * keys it reads at {@code /.well-known/jwt-vc-issuer}, and which serves its own status lists; and
 * whatever a test makes with its own keys (an untrusted issuer, a forged status list).
 */
public final class ForeignIssuer {

    private static final ECKey KEY = Proofs.newHolderKey();
    private static final WireMockServer SERVER = start();

    private ForeignIssuer() {}

    /** The allow-listed issuer's identifier. */
    public static String url() {
        return SERVER.baseUrl();
    }

    public static WireMockServer server() {
        return SERVER;
    }

    public static ECKey key() {
        return KEY;
    }

    /**
     * An SD-JWT VC of type {@code vct} from {@code issuer}, signed by {@code key} (with {@code x5c}
     * when given), bound to {@code holder}, with the status reference given; names selectively disclosable.
     */
    public static StoredCredential credential(
            String issuer, String vct, ECKey key, List<Base64> x5c, ECKey holder, String statusUri, int index) {
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            SDObjectBuilder builder = new SDObjectBuilder();
            builder.putClaim("iss", issuer);
            builder.putClaim("iat", now.getEpochSecond());
            builder.putClaim("exp", now.plus(365, ChronoUnit.DAYS).getEpochSecond());
            builder.putClaim("vct", vct);
            builder.putClaim("cnf", Map.of("jwk", holder.toPublicJWK().toJSONObject()));
            builder.putClaim("status", Map.of("status_list", Map.of("idx", index, "uri", statusUri)));
            builder.putClaim("achievement", Map.of("name", "Chứng chỉ khác", "level", "basic"));
            builder.putClaim("issued_on", "2026-01-01T00:00:00Z");
            List<Disclosure> disclosures = new ArrayList<>();
            disclosures.add(builder.putSDClaim("given_name", "Ngoại"));
            disclosures.add(builder.putSDClaim("family_name", "Lai"));
            JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                    .type(new JOSEObjectType("dc+sd-jwt"))
                    .keyID(key.getKeyID());
            if (x5c != null) {
                header.x509CertChain(x5c);
            }
            SignedJWT jwt = new SignedJWT(header.build(), JWTClaimsSet.parse(builder.build(true)));
            jwt.sign(new ECDSASigner(key));
            return StoredCredential.restore(new SDJWT(jwt.serialize(), disclosures).toString(), holder);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Serves a status list token at {@code path}, 2 bits per entry, signed by {@code key}. */
    public static void serveStatusList(String path, Map<Integer, Integer> entries, ECKey key, long ttl) {
        try {
            byte[] list = new byte[1024];
            entries.forEach((index, value) -> list[index / 4] |= (byte) (value << ((index % 4) * 2)));
            Deflater deflater = new Deflater();
            deflater.setInput(list);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            Map<String, Object> statusList = new LinkedHashMap<>();
            statusList.put("bits", 2);
            statusList.put("lst", Base64URL.encode(out.toByteArray()).toString());
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .subject(url() + path)
                    .issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plus(1, ChronoUnit.DAYS)))
                    .claim("ttl", ttl)
                    .claim("status_list", statusList)
                    .build();
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.ES256)
                            .type(new JOSEObjectType("statuslist+jwt"))
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new ECDSASigner(key));
            SERVER.stubFor(get(urlEqualTo(path))
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "application/statuslist+jwt")
                            .withBody(jwt.serialize())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", server.baseUrl());
        metadata.put("jwks", new JWKSet(KEY.toPublicJWK()).toJSONObject());
        server.stubFor(get(urlEqualTo("/.well-known/jwt-vc-issuer"))
                .willReturn(okJson(com.nimbusds.jose.util.JSONObjectUtils.toJSONString(metadata))));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }
}
