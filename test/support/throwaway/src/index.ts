/**
 * Acme webhooks.
 *
 * @module acme
 */
export * from './codecs.js'
export { normalize } from './normalize.js'
export { sign, verification, verify, type VerifyOptions } from './verify.js'
export { detect } from './detect.js'
export { id, decode, decodeWithDrift, handle, acme } from './provider.js'
