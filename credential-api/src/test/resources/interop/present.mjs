// Acts as the holder's wallet towards credential-api's OpenID4VP verifier with libraries we did not
// write (OpenWallet Foundation: @openid4vc/openid4vp, dcql, @sd-jwt) and Node's own crypto:
//   node present.mjs <input.json>
// input: { link, rootPem, credential, holderJwk, disclose }
// Prints one JSON object: what the libraries found and what the verifier answered.
import { readFileSync } from 'node:fs';
import { X509Certificate, createHash, createPublicKey, verify as verifySignature } from 'node:crypto';
import { Openid4vpClient } from '@openid4vc/openid4vp';
import { setGlobalConfig } from '@openid4vc/oauth2';
import { DcqlQuery } from 'dcql';
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import { ES256, digest, generateSalt } from '@sd-jwt/crypto-nodejs';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
// The app under test runs on http://localhost; everything else the library checks as in production.
setGlobalConfig({ allowInsecureUrls: true });
const root = new X509Certificate(input.rootPem);

const b64url = (s) => Buffer.from(s, 'base64url');

// The wallet's trust decision: the request object's x5c chain must lead to the trusted root, and
// the leaf's key must have signed it. The library checks the rest (client_id prefix, SAN, typ, claims).
async function verifyJwt(signer, { compact }) {
  if (signer.method !== 'x5c') {
    return { verified: false };
  }
  const chain = signer.x5c.map((der) => new X509Certificate(Buffer.from(der, 'base64')));
  const leaf = chain[0];
  const now = new Date();
  for (let i = 0; i < chain.length; i++) {
    const issuer = i + 1 < chain.length ? chain[i + 1] : root;
    if (!chain[i].verify(issuer.publicKey) || new Date(chain[i].validTo) < now || new Date(chain[i].validFrom) > now) {
      return { verified: false };
    }
  }
  if (!chain[chain.length - 1].verify(root.publicKey) && chain[chain.length - 1].fingerprint256 !== root.fingerprint256) {
    return { verified: false };
  }
  const [header, payload, signature] = compact.split('.');
  const ok = verifySignature('sha256', Buffer.from(`${header}.${payload}`), { key: leaf.publicKey, dsaEncoding: 'ieee-p1363' }, b64url(signature));
  return ok ? { verified: true, signerJwk: leaf.publicKey.export({ format: 'jwk' }) } : { verified: false };
}

function getX509CertificateMetadata(certificate) {
  const c = new X509Certificate(Buffer.from(certificate, 'base64'));
  const names = (c.subjectAltName || '').split(',').map((n) => n.trim());
  return {
    sanDnsNames: names.filter((n) => n.startsWith('DNS:')).map((n) => n.slice(4)),
    sanUriNames: names.filter((n) => n.startsWith('URI:')).map((n) => n.slice(4)),
  };
}

const client = new Openid4vpClient({
  callbacks: {
    verifyJwt,
    getX509CertificateMetadata,
    fetch,
    hash: (data, alg) => createHash(alg.replace('-', '')).update(data).digest(),
    signJwt: () => { throw new Error('not used'); },
    encryptJwe: () => { throw new Error('not used'); },
    decryptJwe: () => { throw new Error('not used'); },
  },
});

async function attempt(action) {
  try {
    return { ok: true, ...(await action()) };
  } catch (error) {
    return { ok: false, error: String(error && error.message ? error.message : error) };
  }
}

const result = await attempt(async () => {
  const parsed = client.parseOpenid4vpAuthorizationRequest({ authorizationRequest: input.link });
  const resolved = await client.resolveOpenId4vpAuthorizationRequest({ authorizationRequestPayload: parsed.params });
  const request = resolved.authorizationRequestPayload;

  // DCQL: does the credential satisfy the verifier's query?
  const vc = new SDJwtVcInstance({
    hasher: digest, hashAlg: 'sha-256', saltGenerator: generateSalt,
    kbSigner: await ES256.getSigner(input.holderJwk), kbSignAlg: 'ES256',
  });
  const claims = await vc.getClaims(input.credential);
  const query = DcqlQuery.parse(resolved.dcql.query);
  DcqlQuery.validate(query);
  const dcql = DcqlQuery.query(query, [{ credential_format: 'dc+sd-jwt', vct: claims.vct, claims, cryptographic_holder_binding: true }]);

  // The presentation: the chosen disclosures and a key-binding JWT for the verifier's nonce and Client Identifier.
  const frame = Object.fromEntries(input.disclose.map((name) => [name, true]));
  const presentation = await vc.present(input.credential, frame, {
    kb: { payload: { iat: Math.floor(Date.now() / 1000), aud: request.client_id, nonce: request.nonce } },
  });
  const queryId = query.credentials[0].id;
  const response = await client.createOpenid4vpAuthorizationResponse({
    authorizationRequestPayload: request,
    authorizationResponsePayload: { vp_token: { [queryId]: [presentation] } },
  });
  const submitted = await client.submitOpenid4vpAuthorizationResponse({
    authorizationRequestPayload: request,
    authorizationResponsePayload: response.authorizationResponsePayload,
  });
  const answer = await submitted.response.json();
  return {
    clientId: resolved.client.clientId ?? request.client_id,
    clientPrefix: resolved.client.prefix ?? resolved.client.scheme,
    sendBy: resolved.jar?.sendBy,
    version: resolved.version,
    responseMode: request.response_mode,
    dcqlSatisfied: dcql.can_be_satisfied,
    status: submitted.response.status,
    redirectUri: answer.redirect_uri,
  };
});

console.log(JSON.stringify(result));
