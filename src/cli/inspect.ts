/**
 * `chat-webhooks inspect <file|dir|->…`: decodes webhook payloads from files
 * (folders are searched for `*.json`) or standard input (`-`), and prints the
 * normalized events as a table (or JSON), or the issues of an invalid payload
 * with their paths. Exits 1 when any payload is invalid, or drifts under
 * `--strict --drift`; 2 on a usage error.
 *
 * Node only: the CLI is the one part of the package that uses `node:` APIs.
 *
 * @module
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { decode, decodeWithDrift, normalize } from '../index.js'
import type { WebhookIssue } from '../core/errors.js'
import type { DriftItem } from '../core/strict.js'
import type { ChatEvent } from '../model/index.js'

const USAGE = `usage: chat-webhooks inspect [options] <file|folder|->...

Decodes each webhook payload (folders: every *.json below them; -: standard input),
detects its provider and prints the normalized events, or the issues with their paths.

options:
  --strict   refuse keys, enum values and events the codecs do not document (exit 1)
  --drift    decode leniently and list what was tolerated, each at its JSON pointer;
             with --strict too, any drift makes the exit code 1
  --json     print one JSON document: every payload with its provider, events, drift and issues
  --version  print the version
  --help     print this

Exits 0 when every payload is valid, 1 when one is not (or drifts, with --strict), 2 on a usage error.

other commands:
  chat-webhooks listen [--port <n>] [--secret <secret>] [--save <dir>]
                                                               receive webhooks and print what they hold
  chat-webhooks send <provider/fixture|file> --to <url> [--secret <secret>]
                                                               POST a body signed as its provider signs it
  chat-webhooks sign <provider> <file|-> --secret <secret>     the headers the provider sends with a body
  chat-webhooks verify <provider> <file|-> --secret <secret> --header "Name: value"...
                                                               check a request, and say why it does not verify`

const OPTIONS = new Set(['--strict', '--drift', '--json', '--version', '--help', '-h'])

/** The package's version, written in at build time (tsup \`define\`); the sources say so when run unbuilt. */
declare const __VERSION__: string | undefined
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-source'

const collect = (path: string, out: string[]): void => {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      const sub = join(path, name)
      if (statSync(sub).isDirectory() || name.endsWith('.json')) collect(sub, out)
    }
  } else out.push(path)
}

const oneLine = (s: string, max: number): string => {
  const flat = s.replace(/\s+/g, ' ').trim()
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat
}

/** One event as a table row: provider, kind, conversation, role, text. @internal */
export const row = (e: ChatEvent): string[] => {
  const role =
    'message' in e
      ? `${e.message.author.role}${e.message.private ? ' (private)' : ''}`
      : 'author' in e && e.author
        ? e.author.role
        : ''
  const text =
    'message' in e
      ? e.message.text || e.message.parts.map((p) => `[${p.type === 'media' ? p.mediaType : p.type}]`).join(' ')
      : e.kind === 'unrecognized'
        ? `(event ${e.eventType})`
        : e.kind === 'conversation.status_changed' || e.kind === 'conversation.created'
          ? `status: ${e.conversation.status ?? '?'}`
          : e.kind === 'message.status'
            ? `${e.channel ?? ''} ${e.status}${e.reason ? ` (${e.reason})` : ''}`.trim()
            : 'contact' in e && e.contact && e.kind.startsWith('contact.')
              ? `contact: ${e.contact.name ?? e.contact.id ?? '?'}`
              : 'changes' in e && e.changes
                ? e.changes.map((c) => c.field).join(', ')
                : ''
  const conversation = e.conversation ? `${e.conversation.id}${e.conversation.internal ? ' (team)' : ''}` : ''
  return [e.provider, e.kind, conversation, role, oneLine(text, 60)]
}

const table = (rows: string[][]): string => {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? []
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

/**
 * Where the command writes. @internal
 */
export interface Output {
  readonly out: (line: string) => void
  readonly err: (line: string) => void
}

/** What one payload gave, for `--json`. */
interface Report {
  readonly file: string
  readonly provider?: string
  readonly events?: readonly ChatEvent[]
  readonly drift?: readonly DriftItem[]
  readonly error?: { readonly code: string; readonly message: string; readonly issues: readonly WebhookIssue[] }
}

/**
 * Runs \`chat-webhooks <argv…>\` and returns the exit code.
 * @internal
 */
export const main = (argv: readonly string[], io: Output = { out: console.log, err: console.error }): number => {
  const { out, err } = io
  const [command, ...rest] = argv
  if (command === '--version' || rest.includes('--version')) {
    out(VERSION)
    return 0
  }
  if (
    command === undefined ||
    command === '--help' ||
    command === '-h' ||
    rest.includes('--help') ||
    rest.includes('-h')
  ) {
    out(USAGE)
    return command === undefined ? 2 : 0
  }
  if (command !== 'inspect') {
    err(`chat-webhooks: unknown command ${JSON.stringify(command)}\n\n${USAGE}`)
    return 2
  }
  const unknown = rest.filter((a) => a.startsWith('-') && a !== '-' && !OPTIONS.has(a))
  if (unknown.length > 0) {
    err(`chat-webhooks: unknown option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}\n\n${USAGE}`)
    return 2
  }
  const strict = rest.includes('--strict')
  const drift = rest.includes('--drift')
  const json = rest.includes('--json')
  const paths = rest.filter((a) => !OPTIONS.has(a))
  if (paths.length === 0) {
    err(`chat-webhooks: name the payloads to inspect (a file, a folder, or - for standard input)\n\n${USAGE}`)
    return 2
  }
  const files: string[] = []
  for (const p of paths) {
    if (p === '-') files.push('-')
    else {
      try {
        collect(p, files)
      } catch {
        err(`chat-webhooks: cannot read ${p}: no such file or folder`)
        return 2
      }
    }
  }
  const rows: string[][] = [['file', 'provider', 'kind', 'conversation', 'role', 'text']]
  const reports: Report[] = []
  let invalid = 0
  const drifts: string[] = []
  let drifted = 0
  for (const file of files) {
    const name = file === '-' ? '(stdin)' : file
    const body = file === '-' ? readFileSync(0) : readFileSync(file)
    // With --drift, strict is judged on the drift report, so the payload's events are still printed.
    const result = drift ? decodeWithDrift(body) : decode(body, { strict })
    if (result._tag === 'Left') {
      invalid++
      const e = result.left
      reports.push({
        file: name,
        ...(e.provider ? { provider: e.provider } : {}),
        error: { code: e.code, message: e.message, issues: e.issues },
      })
      if (!json) {
        err(`✗ ${name}: ${e.message}`)
        for (const i of e.issues) err(`    ${i.path || '/'}  expected ${i.expected}, received ${i.received}`)
      }
      continue
    }
    const webhook = 'drift' in result.right ? result.right.webhook : result.right
    const found = 'drift' in result.right ? result.right.drift : []
    if (found.length > 0) {
      drifted++
      for (const d of found)
        drifts.push(`~ ${name}: ${d.path || '/'}  ${d.kind} (expected ${d.expected}, received ${d.received})`)
    }
    const events = normalize(webhook)
    reports.push({ file: name, provider: webhook.provider, events, ...(drift ? { drift: found } : {}) })
    for (const event of events) rows.push([name, ...row(event)])
  }
  const failed = invalid > 0 || (strict && drifted > 0)
  if (json) {
    // Events in their JSON form (dates as ISO text), without `raw`: the payload itself is in the file.
    const payloads = reports.map((r) => (r.events ? { ...r, events: r.events.map(({ raw: _raw, ...e }) => e) } : r))
    out(
      JSON.stringify(
        { payloads, summary: { payloads: files.length, events: rows.length - 1, invalid, drifted } },
        null,
        2,
      ),
    )
    return failed ? 1 : 0
  }
  out(table(rows))
  if (drift) out(`\n${drifts.length > 0 ? drifts.join('\n') + '\n' : ''}${drifted} payload(s) with drift`)
  out(`\n${files.length} payload(s), ${rows.length - 1} event(s), ${invalid} invalid`)
  return failed ? 1 : 0
}
