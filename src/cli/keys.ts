/**
 * `chat-webhooks sign` and `chat-webhooks verify`: the headers a provider
 * would send with a body, and, for a request that does not verify, why — what
 * was signed, the signature expected next to the one received, how far the
 * timestamp is from now, and whether the signature is of the body serialized
 * again (a framework that parsed the JSON before the check).
 *
 * @module
 */
import { createHmac } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { providers } from '../index.js'
import type { AnyProvider } from '../core/contract.js'
import { parseArgs } from './args.js'
import type { Output } from './inspect.js'

const USAGE = `usage: chat-webhooks sign <provider> <file|-> --secret <secret> [--timestamp <unix seconds>] [--json]
       chat-webhooks verify <provider> <file|-> --secret <secret> [--header "Name: value"]... [--url <url>] [--json]

sign prints the headers <provider> sends with the body (for a test request); verify checks a
request's body, headers and URL as the provider's verify does and, when they do not verify, says why.

providers: ${Object.keys(providers).join(', ')}`

const headersOf = (lines: readonly string[]): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const line of lines) {
    const at = line.indexOf(':')
    if (at <= 0) throw new Error(`--header takes "Name: value", not ${JSON.stringify(line)}`)
    out[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim()
  }
  return out
}

/** The body as compact JSON, when it is JSON and not already compact: what a framework that parsed it would hand on. */
const reserialized = (body: Uint8Array): Uint8Array | undefined => {
  try {
    const text = new TextDecoder().decode(body)
    const compact = JSON.stringify(JSON.parse(text))
    return compact === text ? undefined : new TextEncoder().encode(compact)
  } catch {
    return undefined
  }
}

/**
 * Runs `chat-webhooks sign|verify <args…>` and returns the exit code: 0 when
 * signed or verified, 1 when the request does not verify, 2 on a usage error.
 * @internal
 */
export const keys = async (command: 'sign' | 'verify', args: readonly string[], io: Output): Promise<number> => {
  const { out, err } = io
  if (args.includes('--help') || args.includes('-h')) {
    out(USAGE)
    return 0
  }
  const parsed = parseArgs(args, { values: ['--secret', '--timestamp', '--header', '--url'], flags: ['--json'] })
  if (typeof parsed === 'string') {
    err(`chat-webhooks: ${parsed}\n\n${USAGE}`)
    return 2
  }
  const { values, flags, positional } = parsed
  const [id, file] = positional
  const provider =
    id !== undefined && Object.hasOwn(providers, id)
      ? (providers[id as keyof typeof providers] as AnyProvider)
      : undefined
  const secret = values.get('--secret')?.at(-1)
  const problem = !provider
    ? `name a provider (${Object.keys(providers).join(', ')})${id === undefined ? '' : `, not ${JSON.stringify(id)}`}`
    : file === undefined
      ? 'name the body: a file, or - for standard input'
      : secret === undefined
        ? `give the secret: --secret <secret> (${provider.name}'s webhook secret or token)`
        : undefined
  if (problem !== undefined || !provider || file === undefined || secret === undefined) {
    err(`chat-webhooks: ${problem ?? ''}\n\n${USAGE}`)
    return 2
  }
  let body: Uint8Array
  try {
    body = new Uint8Array(file === '-' ? readFileSync(0) : readFileSync(file))
  } catch {
    err(`chat-webhooks: cannot read ${file}: no such file`)
    return 2
  }
  const json = flags.has('--json')
  const v = provider.verification

  if (command === 'sign') {
    if (!provider.sign) {
      err(
        `chat-webhooks: ${provider.name} signs nothing (${v.kind})${
          v.kind === 'url-token' && v.queryParameter
            ? `: it sends the token in the webhook URL's query, ?${v.queryParameter}=<token>`
            : v.advice
              ? `: ${v.advice}`
              : ''
        }`,
      )
      return 2
    }
    const ts = values.get('--timestamp')?.at(-1)
    const timestamp = ts === undefined ? undefined : Number(ts)
    if (timestamp !== undefined && !Number.isSafeInteger(timestamp)) {
      err(`chat-webhooks: --timestamp takes Unix seconds, not ${JSON.stringify(ts)}`)
      return 2
    }
    const headers = await provider.sign({ secret, body, ...(timestamp === undefined ? {} : { timestamp }) })
    out(
      json
        ? JSON.stringify(headers, null, 2)
        : Object.entries(headers)
            .map(([k, h]) => `${k}: ${h}`)
            .join('\n'),
    )
    return 0
  }

  let headers: Record<string, string>
  try {
    headers = headersOf(values.get('--header') ?? [])
  } catch (e) {
    err(`chat-webhooks: ${(e as Error).message}`)
    return 2
  }
  const url = values.get('--url')?.at(-1) ?? 'https://example.invalid/webhook'
  const result = await provider.verify({ body, headers, url, secret })
  if (result.ok) {
    const line =
      'unsigned' in result
        ? `${provider.name} signs nothing: ${v.advice ?? ''}`.trim()
        : `✓ verified as ${provider.name}`
    out(json ? JSON.stringify(result, null, 2) : line)
    return 0
  }

  // Why not: what was signed, the signature expected next to the received one, the timestamp's distance, a re-serialized body.
  const notes: string[] = []
  if (v.signedContent)
    notes.push(`${provider.name} signs ${v.signedContent}${v.format ? `, written ${v.format}` : ''}.`)
  const sent = v.timestampHeader ? headers[v.timestampHeader.toLowerCase()] : undefined
  const timestamp = sent !== undefined && /^\d+$/.test(sent) ? Number(sent) : undefined
  if (timestamp !== undefined) {
    const skew = Math.floor(Date.now() / 1000) - timestamp
    notes.push(
      `The timestamp is ${Math.abs(skew)} s ${skew >= 0 ? 'old' : 'in the future'}${
        v.defaultToleranceSeconds
          ? ` (accepted: ±${v.defaultToleranceSeconds} s unless toleranceSeconds says otherwise)`
          : ''
      }.`,
    )
  }
  const header = v.signatureHeader?.toLowerCase()
  if (v.kind === 'api-key-header' && header) {
    // The header is the secret itself, not a signature of the body: say so, without printing the secret.
    const received = headers[header]
    notes.push(
      `${provider.name} signs nothing: it sends the webhook's secret itself in ${header}.`,
      `Expected ${header}: ${secret.length} characters; received: ${received === undefined ? '(none)' : `${received.length} characters`}.`,
    )
  } else if (provider.sign && header) {
    const expected = (await provider.sign({ secret, body, ...(timestamp === undefined ? {} : { timestamp }) }))[header]
    notes.push(`Expected ${header}: ${expected ?? '(none)'}`, `Received ${header}: ${headers[header] ?? '(none)'}`)
    // A sender that signed the body alone where the provider signs `{timestamp}.{body}` (chatwoot/chatwoot#13809).
    const received = headers[header]
    const algorithm = v.kind === 'hmac-sha512' ? 'sha512' : 'sha256'
    if (received !== undefined && v.signedContent?.startsWith('{timestamp}') && v.format) {
      const prefix = v.format.slice(0, v.format.indexOf('<'))
      if (received === `${prefix}${createHmac(algorithm, secret).update(body).digest('hex')}`)
        notes.push(
          `The signature is of the body alone, without the "{timestamp}." prefix ${provider.name} signs: the sender (or the code checking it) left out the timestamp (https://github.com/chatwoot/chatwoot/issues/13809).`,
        )
    }
    const again = reserialized(body)
    if (again && headers[header] !== undefined) {
      const ofAgain = (await provider.sign({ secret, body: again, ...(timestamp === undefined ? {} : { timestamp }) }))[
        header
      ]
      notes.push(
        ofAgain === headers[header]
          ? 'The signature is of this body serialized again (JSON.parse, then JSON.stringify): the bytes you have are not the ones that were signed. Verify the raw body, read before JSON parsing.'
          : 'This body is not compact JSON: if it was parsed and serialized again on its way here, verify the raw body instead.',
      )
    }
  }
  if (json) out(JSON.stringify({ ...result, notes }, null, 2))
  else out([`✗ ${result.reason}: ${result.message}`, ...notes.map((n) => `  ${n}`)].join('\n'))
  return 1
}
