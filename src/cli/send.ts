/**
 * `chat-webhooks send <provider/fixture|file> --to <url>`: POSTs a webhook
 * body to a URL signed as its provider signs it (a signature header with its
 * timestamp, a token in the URL, or nothing), and prints the response. The
 * bodies are the testing subpath's fixtures (`--list` names them) or a file.
 * No retries of its own; only the http(s) URL given.
 *
 * @module
 */
import { readFileSync } from 'node:fs'
import { detectProvider, providers, type ProviderId } from '../index.js'
import { fixture, fixtureNames, signedBody } from '../testing/index.js'
import { parseArgs } from './args.js'
import type { Output } from './inspect.js'

const USAGE = `usage: chat-webhooks send <provider/fixture|file|-> --to <url> [--provider <id>] [--secret <secret>]
       chat-webhooks send --list

Sends the body to <url> as its provider would (POST, signed with --secret: a signature header,
a token in the URL, or nothing) and prints the response. A fixture is named provider/name
(--list prints them); for a file, the provider is --provider or detected from the body.
Exits 0 on a 2xx answer, 1 on another answer or none, 2 on a usage error.`

const ids = Object.keys(providers) as ProviderId[]

/** A `provider/name` fixture, if `ref` names one. */
const fixtureOf = (ref: string): { id: ProviderId; raw: string } | undefined => {
  const slash = ref.indexOf('/')
  const id = ref.slice(0, slash) as ProviderId
  const name = ref.slice(slash + 1)
  if (slash < 0 || !ids.includes(id) || !(fixtureNames(id) as string[]).includes(name)) return undefined
  return { id, raw: fixture(id, name as never).raw }
}

/**
 * Runs `chat-webhooks send <args…>` and resolves to the exit code.
 * @internal
 */
export const send = async (args: readonly string[], io: Output): Promise<number> => {
  const { out, err } = io
  if (args.includes('--help') || args.includes('-h')) {
    out(USAGE)
    return 0
  }
  if (args.includes('--list')) {
    out(ids.flatMap((id) => (fixtureNames(id) as string[]).map((name) => `${id}/${name}`)).join('\n'))
    return 0
  }
  const usage = (problem: string) => {
    err(`chat-webhooks: ${problem}\n\n${USAGE}`)
    return 2
  }
  const parsed = parseArgs(args, { values: ['--to', '--provider', '--secret'], flags: [] })
  if (typeof parsed === 'string') return usage(parsed)
  const option = (name: string) => parsed.values.get(name)?.at(-1)
  const [ref] = parsed.positional
  const to = option('--to')
  if (ref === undefined)
    return usage('name what to send: provider/fixture (see --list), a file, or - for standard input')
  if (to === undefined) return usage('give the address: --to <http(s) URL>')
  let url: URL
  try {
    url = new URL(to)
  } catch {
    return usage(`--to takes an http(s) URL, not ${JSON.stringify(to)}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return usage(`--to takes an http(s) URL, not ${url.protocol}`)

  let id: ProviderId | undefined
  let body: string
  const found = fixtureOf(ref)
  if (found) ({ id, raw: body } = found)
  else {
    try {
      body = readFileSync(ref === '-' ? 0 : ref, 'utf8')
    } catch {
      return usage(`${ref} is neither a fixture (see --list) nor a file`)
    }
    const named = option('--provider')
    if (named !== undefined && !ids.includes(named as ProviderId))
      return usage(`--provider takes one of ${ids.join(', ')}, not ${JSON.stringify(named)}`)
    id = (named as ProviderId | undefined) ?? detectProvider(body)
    if (id === undefined) return usage(`no provider's webhooks look like ${ref}: name it with --provider`)
  }
  const secret = option('--secret')
  const { name, verification } = providers[id]
  if (secret === undefined && verification.kind !== 'none')
    return usage(`give the secret: --secret <secret> (${name} authenticates its webhooks: ${verification.kind})`)
  const parts = await signedBody(id, body, { url: url.href, ...(secret === undefined ? {} : { secret }) })
  try {
    const response = await fetch(parts.url, { method: 'POST', headers: parts.headers, body: parts.body })
    const text = await response.text()
    out(`${response.status} ${response.statusText}`.trim() + (text ? `\n${text}` : ''))
    return response.ok ? 0 : 1
  } catch (e) {
    err(
      `chat-webhooks: no answer from ${url.origin}: ${e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e)}`,
    )
    return 1
  }
}
