/**
 * `redact`: a copy of a webhook payload or a normalized event that is safe to
 * log — personal data and secrets masked.
 *
 * @module
 */
import { providers } from './registry.js'

/** What a masked value becomes. */
const MASK = '[redacted]'

/** Deeper than this is not copied: hostile nesting costs nothing. */
const MAX_DEPTH = 64

/**
 * Keys whose value is masked whole, compared without case, `_` or `-`:
 * names, contact details, identifiers that are often phone numbers or
 * e-mails (Chatwoot `source_id`, `identifier`), avatars, IP addresses — the
 * common ones; each provider names its own (`redactKeys` in the registry).
 * Keys naming an e-mail, phone, token, secret or password are masked by
 * {@link maskedByCommonRules}'s pattern and need no entry here.
 */
const COMMON_KEYS = new Set([
  'name',
  'firstname',
  'lastname',
  'fullname',
  'displayname',
  'availablename',
  'username',
  'pushname',
  'notifyname',
  'mobilenumber',
  'msisdn',
  'to',
  'from',
  'identifier',
  'sourceid',
  'avatar',
  'avatarurl',
  'thumbnail',
  'thumburl',
  'ip',
  'ipaddress',
  'address',
  'webhookurl',
  'externalid',
  // WhatsApp call ids (`wacid.…`) and Twilio call SIDs encode or identify the caller.
  'callid',
  'callsid',
  'providercallid',
  // Telegram's chat id is the user's id.
  'chatid',
])

const PROVIDER_KEYS = new Set(
  Object.values(providers as Readonly<Record<string, { readonly redactKeys?: readonly string[] }>>).flatMap(
    // Stryker disable next-line ArrayDeclaration: keys are looked up lowercased, so a made-up entry with capitals matches none
    (p) => p.redactKeys ?? [],
  ),
)

/** Keys masked whole, whatever their value: objects of secrets (OneRoute `credentials`, Chatwoot's WhatsApp `provider_config`). */
const SECRET_OBJECT_KEYS = new Set(['credentials', 'providerconfig'])

const normalizeKey = (k: string): string => k.toLowerCase().replace(/[_-]/g, '')

/**
 * Whether a key, lowercase without `_` or `-`, is masked whatever the
 * providers' `redactKeys`: a common key, or one that names an e-mail, phone
 * number, token or secret even in a custom attribute (`email_de_acesso`,
 * `backup_phone`), a social profile (`social_telegram_user_id`) or a Chatwoot
 * inbox's channel row (`hmac_token`, `website_token`, `imap_password`).
 * Tests check that no provider lists a key these rules already cover.
 * @internal
 */
export const maskedByCommonRules = (k: string): boolean =>
  COMMON_KEYS.has(k) || k.startsWith('social') || /email|phone|token|secret|password|apikey|accountsid/.test(k)

const looksSensitive = (k: string): boolean => PROVIDER_KEYS.has(k) || maskedByCommonRules(k)

// The lookbehind lets a match start only where a run of address characters starts: linear on hostile text.
const EMAIL_RE = /(?<![\w.%+-])[\w.%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/gi
const PHONE_RE = /(?<![\w+])\+?\d(?:[ ().-]?\d){7,14}\b/g
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/
// WhatsApp's business-scoped user ids: a country code, a dot, up to 128 letters and digits (`US.13491208655302741918`,
// parents `US.ENT.…`); they stand for a person, and the model's ids and conversation ids carry them.
const BSUID_RE = /(?<![\w.])[A-Z]{2}\.(?:ENT\.)?[\dA-Za-z]{8,128}(?![\w.])/g

/** E-mail addresses, phone numbers and user ids inside text (message content, notes, ids), dates left alone. */
const maskText = (s: string): string =>
  s
    .replace(EMAIL_RE, MASK)
    .replace(PHONE_RE, (m) => (DATE_RE.test(m) ? m : MASK))
    .replace(BSUID_RE, MASK)

const copy = (value: unknown, depth: number): unknown => {
  if (typeof value === 'string') return maskText(value)
  if (value === null || typeof value !== 'object' || value instanceof Date) return value
  if (depth >= MAX_DEPTH) return MASK
  if (Array.isArray(value)) return value.map((v) => copy(v, depth + 1))
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k]
    const key = normalizeKey(k)
    const masked =
      (SECRET_OBJECT_KEYS.has(key) && v !== null && v !== undefined) ||
      (looksSensitive(key) && (typeof v === 'string' || typeof v === 'number' || Array.isArray(v)))
    // defineProperty keeps a `__proto__` key an own data property instead of a prototype change.
    Object.defineProperty(out, k, {
      value: masked ? MASK : copy(v, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return out
}

/**
 * A copy of a webhook payload, a decoded webhook or normalized events that is
 * safe to log: names, e-mail addresses, phone numbers, identifiers, IP
 * addresses, avatars, tokens (`pubsub_token`, `chatToken`, `accessToken`…)
 * and secrets (those in Chatwoot's inbox `channel` row, OneRoute `credentials`) become
 * `"[redacted]"`, and e-mail addresses and phone numbers inside any text are
 * masked too. Dates and the structure are kept; the input is not changed.
 *
 * It masks by key and by pattern, so it errs towards masking; free text can
 * still hold personal data it cannot recognise (a name in a message).
 * @category logging
 * @since 0.2.0
 * @example
 * console.log(JSON.stringify(redact(events)))
 */
export const redact = (value: unknown): unknown => copy(value, 0)
