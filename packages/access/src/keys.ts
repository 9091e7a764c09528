import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';

/** Ed25519 keys: small, fast, and one algorithm for every token here. */
export const signingAlgorithm = 'EdDSA';

export interface KeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

/** A key from a JWK in JSON, as configuration gives it. */
export async function importKey(json: string, what: string): Promise<CryptoKey> {
  let jwk: JWK;
  try {
    jwk = JSON.parse(json) as JWK;
  } catch {
    throw new Error(`${what} is not a JSON Web Key`);
  }
  return (await importJWK(jwk, signingAlgorithm)) as CryptoKey;
}

export async function generateKeys(): Promise<KeyPair> {
  return generateKeyPair(signingAlgorithm, { crv: 'Ed25519', extractable: true });
}

/** The public half of a private JWK (for publishing or configuring a verifier). */
export function publicJwk(privateJwk: JWK): JWK {
  const { d: _private, ...publicPart } = privateJwk;
  return publicPart;
}

/**
 * A key pair kept in a file, made on first use: for trying the system out without an identity
 * provider. Every process of `npm start` reads the same file; the first to need it writes it,
 * atomically, and the others read what it wrote.
 */
export async function loadOrCreateKeyFile(
  folder: string,
  name: string,
): Promise<KeyPair & { privateJwk: JWK }> {
  const file = join(folder, `${name}.jwk.json`);
  let privateJwk: JWK;
  try {
    privateJwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
  } catch {
    const keys = await generateKeys();
    privateJwk = await exportJWK(keys.privateKey);
    mkdirSync(dirname(file), { recursive: true });
    try {
      writeFileSync(file, JSON.stringify(privateJwk), { flag: 'wx', mode: 0o600 });
    } catch {
      privateJwk = JSON.parse(readFileSync(file, 'utf8')) as JWK; // another process was first
    }
  }
  return {
    privateJwk,
    privateKey: (await importJWK(privateJwk, signingAlgorithm)) as CryptoKey,
    publicKey: (await importJWK(publicJwk(privateJwk), signingAlgorithm)) as CryptoKey,
  };
}
