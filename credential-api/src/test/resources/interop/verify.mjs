// Verifies credential-api's SD-JWT VCs with the @sd-jwt libraries (not ours):
//   node verify.mjs <input.json>
// input: { issuerJwk, credential, presentation, nonce, audience, revoked }
// Prints one JSON object with what the library found; exits non-zero only on a crash.
import { readFileSync } from 'node:fs';
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import { ES256, digest } from '@sd-jwt/crypto-nodejs';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));

// The issuer key as /.well-known/jwt-vc-issuer publishes it; it also signs the status list.
const verifier = await ES256.getVerifier(input.issuerJwk);
// The key-binding JWT is checked with the holder key the credential names in cnf.jwk.
const kbVerifier = async (data, signature, payload) => {
  const holder = await ES256.getVerifier(payload.cnf.jwk);
  return holder(data, signature);
};

const vc = new SDJwtVcInstance({ hasher: digest, hashAlg: 'sha-256', verifier, kbVerifier });

async function attempt(action) {
  try {
    return { ok: true, ...(await action()) };
  } catch (error) {
    return { ok: false, error: String(error && error.message ? error.message : error) };
  }
}

const credential = await attempt(async () => {
  // verify() checks the signature, the disclosures' digests, exp, and fetches the status list.
  const result = await vc.verify(input.credential);
  return { header: result.header, claims: result.payload };
});

const presentation = await attempt(async () => {
  const result = await vc.verify(input.presentation, { keyBindingNonce: input.nonce });
  return { claims: result.payload, kbAudience: result.kb?.payload?.aud };
});

const wrongNonce = await attempt(async () => {
  await vc.verify(input.presentation, { keyBindingNonce: input.nonce + 'x' });
  return {};
});

const revoked = await attempt(async () => {
  await vc.verify(input.revoked);
  return {};
});

console.log(JSON.stringify({ credential, presentation, wrongNonce, revoked }));
