package vn.hocvuso.wallet;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpClient;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A reference holder wallet over plain HTTP (OpenID4VCI 1.0, SD-JWT VC): it follows a credential
 * offer, redeems a pre-authorized code or uses an access token obtained elsewhere, gets a nonce,
 * proves possession of fresh holder keys, receives credentials (several at once, one key each),
 * verifies and keeps them, and presents them with chosen disclosures and key binding over
 * OpenID4VP 1.0 (signed request object by reference with an {@code x509_san_dns} Client Identifier,
 * DCQL, {@code direct_post}).
 *
 * <p>It knows nothing of the apps' classes: tests use it as a real wallet would be used.
 */
public final class HolderWallet {

    private final Http http;
    private final CredentialVerifier verifier;
    private final StatusListReader statusLists;
    private final RequestObjectVerifier requestObjects;
    private final Clock clock;
    private final List<StoredCredential> credentials = new CopyOnWriteArrayList<>();
    private volatile DPoPSession dpop;
    private volatile String responseEncryption;

    /** A wallet that checks credentials against {@code /.well-known/jwt-vc-issuer} and, if given, these roots. */
    public HolderWallet(List<X509Certificate> trustedRoots) {
        this(
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                trustedRoots,
                Clock.systemUTC());
    }

    public HolderWallet(HttpClient client, List<X509Certificate> trustedRoots, Clock clock) {
        this.http = new Http(client);
        this.verifier = new CredentialVerifier(http, trustedRoots);
        this.statusLists = new StatusListReader(http, verifier);
        this.requestObjects = new RequestObjectVerifier(http, trustedRoots);
        this.clock = clock;
    }

    /**
     * From now on, proves possession of {@code key} with DPoP (RFC 9449): the token request binds
     * the access token to it, and every credential and nonce request carries a proof.
     */
    public HolderWallet useDPoP(ECKey key) {
        this.dpop = new DPoPSession(key, clock);
        return this;
    }

    /**
     * From now on, asks for encrypted Credential Responses (OID4VCI 1.0 §8.2) with content
     * encryption {@code enc} (for example {@code A128GCM}), to a fresh key per request.
     */
    public HolderWallet encryptCredentialResponses(String enc) {
        this.responseEncryption = enc;
        return this;
    }

    /**
     * Follows an offer given as an {@code openid-credential-offer://} link (by value with
     * {@code credential_offer}, or by reference with {@code credential_offer_uri}) or as the
     * {@code credential_offer_uri} itself.
     */
    public CredentialOffer resolveOffer(String linkOrUri) {
        if (linkOrUri.startsWith("http://") || linkOrUri.startsWith("https://")) {
            return CredentialOffer.fromJson(http.get(linkOrUri, "application/json")
                    .requireSuccess("credential offer")
                    .json());
        }
        Map<String, String> query = CredentialOffer.query(linkOrUri);
        if (query.containsKey("credential_offer")) {
            return CredentialOffer.fromJson(CredentialOffer.parse(query.get("credential_offer")));
        }
        if (query.containsKey("credential_offer_uri")) {
            return resolveOffer(query.get("credential_offer_uri"));
        }
        throw new WalletException("the link carries neither credential_offer nor credential_offer_uri");
    }

    /** The Credential Issuer Metadata (OID4VCI 1.0 §12.2.2). */
    public Map<String, Object> issuerMetadata(String issuer) {
        return http.get(issuer + "/.well-known/openid-credential-issuer", "application/json")
                .requireSuccess("credential issuer metadata")
                .json();
    }

    /** Exchanges the offer's pre-authorized code (with the transaction code) for an access token (§6.1). */
    @SuppressWarnings("unchecked")
    public String redeem(CredentialOffer offer, String txCode) {
        String code = offer.preAuthorizedCode()
                .orElseThrow(() -> new WalletException("the offer has no pre-authorized code"));
        Map<String, Object> metadata = issuerMetadata(offer.credentialIssuer());
        List<String> servers =
                (List<String>) metadata.getOrDefault("authorization_servers", List.of(offer.credentialIssuer()));
        String server = offer.authorizationServer().orElse(servers.get(0));
        Map<String, Object> serverMetadata = http.get(
                        server + "/.well-known/oauth-authorization-server", "application/json")
                .requireSuccess("authorization server metadata")
                .json();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", CredentialOffer.PRE_AUTHORIZED_GRANT);
        form.put("pre-authorized_code", code);
        if (txCode != null) {
            form.put("tx_code", txCode);
        }
        String endpoint = (String) serverMetadata.get("token_endpoint");
        DPoPSession session = dpop;
        Http.Response response = session == null
                ? http.postForm(endpoint, form)
                : session.send("POST", endpoint, null, headers -> http.postForm(endpoint, form, headers));
        Map<String, Object> token = response.requireSuccess("token request").json();
        if (session != null && !"DPoP".equalsIgnoreCase(String.valueOf(token.get("token_type")))) {
            throw new WalletException("asked for a DPoP-bound token, got token_type " + token.get("token_type"));
        }
        return (String) token.get("access_token");
    }

    /** A fresh {@code c_nonce} from the issuer's Nonce Endpoint (§7). */
    public String nonce(String issuer) {
        String endpoint = (String) issuerMetadata(issuer).get("nonce_endpoint");
        Http.Response response = http.postEmpty(endpoint).requireSuccess("nonce request");
        DPoPSession session = dpop;
        if (session != null) {
            session.remember(response);
        }
        return (String) response.json().get("c_nonce");
    }

    /**
     * Requests {@code count} credentials of {@code configurationId}, each bound to a new holder key,
     * in one request (batch issuance when {@code count > 1}); verifies and keeps them.
     */
    public List<StoredCredential> requestCredentials(
            String issuer, String accessToken, String configurationId, int count) {
        String nonce = nonce(issuer);
        List<ECKey> keys = new ArrayList<>();
        List<String> proofs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ECKey key = Proofs.newHolderKey();
            keys.add(key);
            proofs.add(Proofs.keyProof(key, issuer, nonce, clock.instant()));
        }
        Map<String, Object> response = sendCredentialRequest(issuer, accessToken, configurationId, proofs);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> issued = (List<Map<String, Object>>) response.get("credentials");
        if (issued == null || issued.size() != count) {
            throw new WalletException("asked for " + count + " credentials, got " + response);
        }
        List<StoredCredential> received = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            received.add(receive(issuer, (String) issued.get(i).get("credential"), keys.get(i)));
        }
        credentials.addAll(received);
        return received;
    }

    /** Sends a Credential Request with these proofs as they are; the raw response object on success. */
    public Map<String, Object> sendCredentialRequest(
            String issuer, String accessToken, String configurationId, List<String> jwtProofs) {
        Map<String, Object> metadata = issuerMetadata(issuer);
        String endpoint = (String) metadata.get("credential_endpoint");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("credential_configuration_id", configurationId);
        request.put("proofs", Map.of("jwt", jwtProofs));
        String enc = responseEncryption;
        CredentialResponseDecryption decryption = enc == null ? null : CredentialResponseDecryption.fresh(enc);
        if (decryption != null) {
            request.put("credential_response_encryption", decryption.parameter());
        }
        String json = JSONObjectUtils.toJSONString(request);
        @SuppressWarnings("unchecked")
        Map<String, Object> requestEncryption = (Map<String, Object>) metadata.get("credential_request_encryption");
        // §8.2: a request naming a response key travels encrypted when the issuer can decrypt it.
        boolean encrypt = decryption != null && requestEncryption != null;
        String body = encrypt ? CredentialResponseDecryption.encryptRequest(json, requestEncryption, enc) : json;
        String type = encrypt ? "application/jwt" : "application/json";
        DPoPSession session = dpop;
        Map<String, String> bearer = accessToken == null ? Map.of() : Map.of("Authorization", "Bearer " + accessToken);
        Http.Response response = session == null
                ? http.post(endpoint, type, body, bearer)
                : session.send("POST", endpoint, accessToken, headers -> http.post(endpoint, type, body, headers));
        response.requireSuccess("credential request");
        if (decryption == null) {
            return response.json();
        }
        if (!response.headers().getOrDefault("content-type", "").startsWith("application/jwt")) {
            throw new WalletException("asked for an encrypted credential response, got "
                    + response.headers().get("content-type"));
        }
        return decryption.decrypt(response.body());
    }

    /** Verifies an issued credential against the issuer and checks it is bound to {@code holderKey}. */
    public StoredCredential receive(String issuer, String sdJwt, ECKey holderKey) {
        CredentialVerifier.Verified verified = verifier.verify(sdJwt, issuer, clock.instant());
        @SuppressWarnings("unchecked")
        Map<String, Object> cnf = (Map<String, Object>) verified.claims().get("cnf");
        if (cnf == null || !holderKey.toPublicJWK().toJSONObject().equals(cnf.get("jwk"))) {
            throw new WalletException("the credential is not bound to the holder key it was requested for");
        }
        return new StoredCredential(
                sdJwt, holderKey, verified.jwt(), verified.disclosures(), verified.claims(), verified.x5c());
    }

    /** A presentation of {@code credential} disclosing only {@code claims}, bound to the verifier's nonce and audience. */
    public String present(StoredCredential credential, Collection<String> claims, String audience, String nonce) {
        return Proofs.presentation(credential, claims, audience, nonce, clock.instant());
    }

    /** The credential's current status from its status list: 0 valid, 1 invalid, 2 suspended. */
    public int statusOf(StoredCredential credential) {
        return statusLists.statusOf(credential);
    }

    /** Every credential received so far. */
    public List<StoredCredential> credentials() {
        return List.copyOf(credentials);
    }

    /** Keeps a credential received earlier (the demo wallet reloads its folder). */
    public void keep(StoredCredential credential) {
        credentials.add(credential);
    }

    /**
     * Fetches and verifies the request behind an {@code openid4vp://} link: the signed request
     * object, its {@code x5c} chain to a trusted root, its Client Identifier and response URI.
     */
    public PresentationRequest resolvePresentationRequest(String link) {
        return requestObjects.resolve(link, clock.instant());
    }

    /**
     * The presentation the wallet would send for {@code request}: the first credential matching its
     * DCQL query, disclosing {@code disclose} (or, when null, the claims the query names), bound
     * to the request's nonce and the verifier's Client Identifier.
     */
    public String presentationFor(PresentationRequest request, Collection<String> disclose) {
        DcqlMatcher.Match match = DcqlMatcher.match(request, credentials);
        Collection<String> chosen = disclose == null ? match.disclosures() : disclose;
        return present(match.credential(), chosen, request.clientId(), request.nonce());
    }

    /** The claims the request's DCQL query asks the matching credential to disclose. */
    public java.util.Set<String> requestedDisclosures(PresentationRequest request) {
        return DcqlMatcher.match(request, credentials).disclosures();
    }

    /** Sends {@code presentation} as the {@code vp_token} of a {@code direct_post} response (OID4VP 1.0 §8.2). */
    public PresentationResponse submit(PresentationRequest request, String presentation) {
        String queryId = DcqlMatcher.match(request, credentials).queryId();
        Map<String, Object> vpToken = Map.of(queryId, List.of(presentation));
        Map<String, String> form = new LinkedHashMap<>();
        if (request.encryptedResponse()) {
            // §8.3: the response parameters as a JWE to the verifier's key, posted as "response".
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("vp_token", vpToken);
            request.state().ifPresent(state -> parameters.put("state", state));
            form.put("response", ResponseEncrypter.encrypt(parameters, request));
        } else {
            form.put("vp_token", JSONObjectUtils.toJSONString(vpToken));
            request.state().ifPresent(state -> form.put("state", state));
        }
        Map<String, Object> answer = http.postForm(request.responseUri(), form)
                .requireSuccess("presentation response")
                .json();
        java.util.Set<String> disclosed = new java.util.LinkedHashSet<>();
        com.authlete.sd.SDJWT.parse(presentation).getDisclosures().forEach(d -> disclosed.add(d.getClaimName()));
        return new PresentationResponse(disclosed, java.util.Optional.ofNullable((String) answer.get("redirect_uri")));
    }

    /** Resolves the link, presents the matching credential with {@code disclose} (null: as asked), and sends it. */
    public PresentationResponse respond(String link, Collection<String> disclose) {
        PresentationRequest request = resolvePresentationRequest(link);
        return submit(request, presentationFor(request, disclose));
    }
}
