/**
 * `WebhookError` and the conversion of io-ts validation errors into issues
 * that name a JSON pointer and a type — never the offending value, because
 * webhook payloads carry personal data.
 *
 * @module
 */
import type * as t from './io.js'
import type { ProviderId } from '../model/index.js'

/**
 * What went wrong, as a machine-readable code.
 * - `invalid_json`: the body is not JSON (or not UTF-8).
 * - `invalid_body`: the value given is not a body at all (a stream, a request object…).
 * - `invalid_payload`: JSON, but not a payload this provider sends (or, with `strict`, one with unknown parts).
 * - `too_deep`: JSON nested deeper than `MAX_DEPTH` (1000) levels, which no provider sends.
 * - `unknown_provider`: no provider recognises the body.
 * - `internal_error`: a bug in this library; please report it.
 * @category errors
 * @since 0.1.0
 */
export type WebhookErrorCode =
  'invalid_json' | 'invalid_body' | 'invalid_payload' | 'too_deep' | 'unknown_provider' | 'internal_error'

/**
 * One problem found in a payload.
 * @category errors
 * @since 0.1.0
 */
export interface WebhookIssue {
  /** Where: a JSON pointer (RFC 6901) into the payload, `''` for the whole body. */
  readonly path: string
  /** What was expected there: a type or codec name (`'never'` for a key that should not exist). */
  readonly expected: string
  /** What was found: only the JSON type name (`'string'`, `'null'`, `'undefined'` for missing…), never the value. */
  readonly received: string
}

/** The most issues one error carries; a payload broken everywhere should not make a huge error. */
const MAX_ISSUES = 50

/**
 * The single error type of the library: `decode` returns it in a `Left`,
 * `parse` throws it.
 * @category errors
 * @since 0.1.0
 */
export class WebhookError extends Error {
  override readonly name = 'WebhookError'
  constructor(
    /** What kind of failure. */
    readonly code: WebhookErrorCode,
    /** Which provider's decoder failed (absent when no provider was chosen). */
    readonly provider: ProviderId | undefined,
    /** The problems, each with a path; empty for `invalid_json` and `invalid_body`. */
    readonly issues: readonly WebhookIssue[],
    /** What the message says before the issues are listed. */
    summary: string,
  ) {
    super(`chat-webhooks: ${summary}${formatIssues(issues)}`)
  }
}

const formatIssue = (i: WebhookIssue): string => {
  const at = i.path || '/'
  return i.expected === 'never'
    ? `${at}: unknown key (${i.received})`
    : `${at}: expected ${i.expected}, received ${i.received}`
}

const formatIssues = (issues: readonly WebhookIssue[]): string => {
  if (issues.length === 0) return ''
  const shown = issues.slice(0, 3).map(formatIssue).join('; ')
  return `: ${shown}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}`
}

/**
 * The JSON type name of a value: what an issue reports instead of the value.
 * @category errors
 * @since 0.1.0
 */
export const jsonTypeOf = (u: unknown): string => {
  if (u === null) return 'null'
  if (Array.isArray(u)) return 'array'
  return typeof u
}

/**
 * A JSON pointer for a list of keys.
 * @category errors
 * @since 0.1.0
 */
export const toPointer = (keys: readonly (string | number)[]): string =>
  keys.map((k) => '/' + String(k).replace(/~/g, '~0').replace(/\//g, '~1')).join('')

/**
 * Turns io-ts validation errors into issues: the path from the context keys,
 * the expected type from the innermost codec, the received type name only.
 * @category errors
 * @since 0.1.0
 */
export const issuesFromErrors = (errors: t.Errors): WebhookIssue[] => {
  const out: WebhookIssue[] = []
  const seen = new Set<string>()
  for (const e of errors) {
    const keys: string[] = []
    for (let i = 1; i < e.context.length; i++) keys.push((e.context[i] as t.ContextEntry).key)
    const last = e.context[e.context.length - 1]
    // Stryker disable next-line ConditionalExpression,StringLiteral: io-ts errors always carry their context; 'unknown' only satisfies the type
    const issue = { path: toPointer(keys), expected: last ? last.type.name : 'unknown', received: jsonTypeOf(e.value) }
    // Stryker disable next-line StringLiteral: a separator no pointer or type name contains; without it, no real pair collides either
    const id = issue.path + '\u0000' + issue.expected
    if (seen.has(id)) continue
    seen.add(id)
    out.push(issue)
    if (out.length >= MAX_ISSUES) break
  }
  return out
}
