/**
 * HMAC over node:crypto, what `#hmac` resolves to under the `node` condition (Node, Bun, Deno):
 * the same function as `hmac.ts`, synchronous underneath and several times
 * faster than WebCrypto's import-and-sign (package.json `imports`, tsup.config.ts);
 * what Workers and browsers resolve never imports `node:*`.
 *
 * @module
 */
import { createHmac } from 'node:crypto'
import type { HmacHash } from './hmac.js'

export type { HmacHash } from './hmac.js'

/** node:crypto's names of the hashes. */
const NODE_NAMES: Readonly<Record<HmacHash, string>> = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-512': 'sha512' }

/** HMAC of the message made of `parts` (text as UTF-8) under `secret`, at once: each part fed as it is, no copy. @internal */
export const hmacBytes = (
  hash: HmacHash,
  secret: string,
  parts: readonly (string | Uint8Array)[],
): Promise<Uint8Array> | Uint8Array => {
  const mac = createHmac(NODE_NAMES[hash], secret)
  for (const p of parts) mac.update(p)
  return new Uint8Array(mac.digest())
}
