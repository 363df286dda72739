/**
 * `chat-webhooks inspect <file|dir|->…`: decodes webhook payloads from files
 * (folders are searched for `*.json`) or standard input, and prints the
 * normalized events as a table, or the issues of an invalid payload with
 * their paths. Exits 1 when any payload is invalid.
 *
 * Node only: the CLI is the one part of the package that uses `node:` APIs.
 *
 * @module
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { decodeWebhook, decodeWebhookWithDrift, normalizeWebhook } from '../detect.js'
import type { ChatEvent } from '../model/index.js'

const USAGE = `usage: chat-webhooks inspect [--strict | --drift] <file|folder|->...

Decodes each webhook payload (folders: every *.json below them; -: standard input),
detects its provider and prints the normalized events, or the issues with their paths.
--strict  rejects keys, enum values and events the codecs do not document
--drift   decodes leniently and lists what was tolerated, each at its JSON pointer
Exits 1 when a payload is invalid.`

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

const row = (e: ChatEvent): string[] => {
  const role = 'message' in e ? `${e.message.author.role}${e.message.private ? ' (private)' : ''}` : 'author' in e && e.author ? e.author.role : ''
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
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n')
}

/**
 * Where the command writes. @internal
 */
export interface Output {
  readonly out: (line: string) => void
  readonly err: (line: string) => void
}

/**
 * Runs `chat-webhooks <argv…>` and returns the exit code.
 * @internal
 */
export const main = (argv: readonly string[], io: Output = { out: console.log, err: console.error }): number => {
  const { out, err } = io
  const [command, ...rest] = argv
  if (command !== 'inspect' || rest.includes('--help') || rest.includes('-h')) {
    out(USAGE)
    return command === 'inspect' || command === '--help' || command === '-h' ? 0 : 2
  }
  const strict = rest.includes('--strict')
  const drift = rest.includes('--drift')
  const paths = rest.filter((a) => a !== '--strict' && a !== '--drift')
  if (paths.length === 0) paths.push('-')
  const files: string[] = []
  for (const p of paths) {
    if (p === '-') files.push('-')
    else {
      try {
        collect(p, files)
      } catch {
        err(`chat-webhooks: cannot read ${p}`)
        return 2
      }
    }
  }
  const rows: string[][] = [['file', 'provider', 'kind', 'conversation', 'role', 'text']]
  let invalid = 0
  const drifts: string[] = []
  let drifted = 0
  for (const file of files) {
    const name = file === '-' ? '(stdin)' : relative(process.cwd(), file) || file
    const body = file === '-' ? readFileSync(0) : readFileSync(file)
    const result = drift ? decodeWebhookWithDrift(body) : decodeWebhook(body, undefined, { strict })
    if (result._tag === 'Left') {
      invalid++
      const e = result.left
      err(`✗ ${name}: ${e.message}`)
      for (const i of e.issues) err(`    ${i.path || '/'}  expected ${i.expected}, received ${i.received}`)
      continue
    }
    const webhook = 'drift' in result.right ? result.right.webhook : result.right
    if ('drift' in result.right && result.right.drift.length > 0) {
      drifted++
      for (const d of result.right.drift) drifts.push(`~ ${name}: ${d.path || '/'}  ${d.kind} (expected ${d.expected}, received ${d.received})`)
    }
    for (const event of normalizeWebhook(webhook)) rows.push([name, ...row(event)])
  }
  out(table(rows))
  if (drift) out(`\n${drifts.length > 0 ? drifts.join('\n') + '\n' : ''}${drifted} payload(s) with drift`)
  out(`\n${files.length} payload(s), ${rows.length - 1} event(s), ${invalid} invalid`)
  return invalid > 0 ? 1 : 0
}
