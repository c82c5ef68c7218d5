/**
 * Session cookies already decrypted by this process, so a person's next
 * request does not decrypt the same cookie again. Decrypting one costs about a
 * millisecond of CPU on every signed-in page and action (next-auth's `decode`:
 * a key derived with HKDF, the JWK thumbprint, then five WebCrypto calls for
 * A256CBC-HS512; issue 20's record-action profile), and a browser sends the
 * same cookie until next-auth renews it.
 *
 * Only a cache: an entry is the result of a successful decode of exactly that
 * cookie under that secret and cookie name, and it is used only while the
 * token's own expiry has not passed; after that the cookie is decoded again, so
 * what is accepted is never more than `decode` accepts. Whether the session is
 * still valid (signed out, password changed, revoked) is checked against the
 * database on every request after this, as before (lib/auth/current.ts).
 * Failed decodes are not kept. A second instance simply decodes for itself.
 */
export type Decoded = Record<string, unknown>;

type Entry = { claims: Decoded; expiresAtMs: number };

export type DecodedSessions = {
  /** The claims for `token`: from the cache while unexpired, otherwise from `decode` (kept when it succeeds). */
  read(token: string, salt: string, secret: string, decode: () => Promise<Decoded | null>): Promise<Decoded | null>;
  size(): number;
};

export function decodedSessions({ max, now = Date.now }: { max: number; now?: () => number }): DecodedSessions {
  const entries = new Map<string, Entry>();
  let forSecret: string | undefined;
  return {
    async read(token, salt, secret, decode) {
      if (secret !== forSecret) {
        entries.clear();
        forSecret = secret;
      }
      const key = `${salt}\n${token}`;
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        if (now() < hit.expiresAtMs) {
          entries.set(key, hit); // the most recently used goes last
          return hit.claims;
        }
      }
      const claims = await decode();
      // A token without a numeric expiry is not kept (next-auth always sets one).
      if (!claims || typeof claims.exp !== "number") return claims;
      if (secret !== forSecret) return claims; // the secret changed while decoding
      entries.set(key, { claims, expiresAtMs: claims.exp * 1000 });
      while (entries.size > max) entries.delete(entries.keys().next().value!);
      return claims;
    },
    size: () => entries.size,
  };
}
