import { describe, expect, it } from 'vitest';
import {
  generateKeys,
  internalTokenSigner,
  internalTokenVerifier,
  publicIdentity,
  type Identity,
} from '../src/index.ts';

const keys = await generateKeys();
const contactOslo: Identity = {
  ...publicIdentity,
  subject: 'kari',
  roles: ['kr-contact'],
  krContactFor: ['0301'],
};

/** The gateway's internal tokens, reused for the very same claims and subgraph for 30 s. */
describe('the internal token signer', () => {
  it('reuses a token for the same identity and subgraph for 30 s, then signs a new one', async () => {
    let clock = 1_000_000;
    const sign = internalTokenSigner(keys.privateKey, { now: () => clock });
    // The same signing is handed out again (EdDSA signs alike within a second, so the promise
    // says whether it was signed anew, not the text).
    const first = sign(contactOslo, 'municipality');
    clock += 29_999;
    expect(sign({ ...contactOslo, krContactFor: ['0301'] }, 'municipality')).toBe(first);
    clock += 1;
    const renewed = sign(contactOslo, 'municipality');
    expect(renewed).not.toBe(first);
    expect(sign(contactOslo, 'municipality')).toBe(renewed);
    // Still the same person and rights, as the subgraph verifies them.
    const verified = await internalTokenVerifier('municipality', keys.publicKey)(await renewed);
    expect(verified).toMatchObject({ subject: 'kari', krContactFor: ['0301'] });
  });

  it('never gives one identity, or one subgraph, the token of another', async () => {
    const sign = internalTokenSigner(keys.privateKey);
    const tokens = new Set([
      await sign(contactOslo, 'municipality'),
      await sign(contactOslo, 'interests'),
      await sign(publicIdentity, 'municipality'),
      // The same subject with a right removed, or another added: new claims, a new token.
      await sign({ ...contactOslo, krContactFor: [] }, 'municipality'),
      await sign({ ...contactOslo, krContactFor: ['0301', '4601'] }, 'municipality'),
      await sign({ ...contactOslo, subject: 'ola' }, 'municipality'),
    ]);
    expect(tokens.size).toBe(6);
    const verify = internalTokenVerifier('municipality', keys.publicKey);
    expect(await verify(await sign(publicIdentity, 'municipality'))).toMatchObject({ subject: null });
    await expect(verify(await sign(contactOslo, 'interests'))).rejects.toThrow();
  });

  it('keeps at most the given number of tokens, forgetting the oldest', async () => {
    const sign = internalTokenSigner(keys.privateKey, { maxHeld: 2 });
    const person = (subject: string): Identity => ({ ...publicIdentity, subject });
    const first = sign(person('a'), 'municipality');
    sign(person('b'), 'municipality');
    expect(sign(person('a'), 'municipality')).toBe(first);
    sign(person('c'), 'municipality'); // a third: the oldest held (a) goes
    expect(sign(person('b'), 'municipality'), 'b still held').toBe(sign(person('b'), 'municipality'));
    expect(sign(person('a'), 'municipality')).not.toBe(first);
  });
});

/** A subgraph's verifier keeps what a token it verified says until the token expires. */
describe('the internal token verifier', () => {
  it('answers a token verified before with the same identity until the token expires', async () => {
    let clock = Date.now();
    const token = await internalTokenSigner(keys.privateKey)(contactOslo, 'municipality');
    const verify = internalTokenVerifier('municipality', keys.publicKey, { now: () => clock });
    const first = await verify(token);
    expect(first).toMatchObject({ subject: 'kari', krContactFor: ['0301'] });
    clock += 50_000;
    expect(await verify(token)).toBe(first);
    // Tokens live 60 s (whole seconds from their signing): past that, kept or not, it is refused.
    clock += 11_000;
    await expect(verify(token)).rejects.toThrow('The token has expired.');
  });

  it('verifies any other text from scratch: a changed signature is refused after the real one', async () => {
    const token = await internalTokenSigner(keys.privateKey)(contactOslo, 'municipality');
    const verify = internalTokenVerifier('municipality', keys.publicKey);
    await verify(token);
    const last = token.at(-2) === 'A' ? 'B' : 'A';
    const forged = `${token.slice(0, -2)}${last}${token.at(-1)}`;
    await expect(verify(forged)).rejects.toThrow('The token signature is not valid.');
    // Nor does a token for another subgraph pass once this one's was kept.
    const other = await internalTokenSigner(keys.privateKey)(contactOslo, 'interests');
    await expect(verify(other)).rejects.toThrow("The token's aud claim is not accepted.");
  });

  it('hands out an identity that no request can change for the next', async () => {
    const verify = internalTokenVerifier('municipality', keys.publicKey);
    const identity = await verify(await internalTokenSigner(keys.privateKey)(contactOslo, 'municipality'));
    expect(() => identity.krContactFor.push('4601')).toThrow(TypeError);
    expect(() => Object.assign(identity, { subject: 'ola' })).toThrow(TypeError);
  });

  it('keeps at most the given number of identities, forgetting the oldest', async () => {
    const sign = internalTokenSigner(keys.privateKey);
    const person = (subject: string): Identity => ({ ...publicIdentity, subject });
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((s) => sign(person(s), 'municipality')));
    const verify = internalTokenVerifier('municipality', keys.publicKey, { maxHeld: 2 });
    const first = await verify(a!);
    await verify(b!);
    expect(await verify(a!)).toBe(first);
    await verify(c!); // a third: the oldest held (a) goes
    expect(await verify(a!)).not.toBe(first);
    expect(await verify(a!)).toEqual(first);
  });
});
