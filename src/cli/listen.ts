/**
 * `chat-webhooks listen --port <n>`: a local receiver for development (behind
 * a tunnel, a provider's real traffic reaches it). For each request it prints
 * the provider it detects, whether the request verifies, the normalized
 * events (a line each) and what lenient decoding tolerated; with `--save
 * <dir>` it keeps the body as it came (`<dir>/<provider>/<time>-<n>.json`,
 * which `inspect` and `send` read) and its headers beside it, signatures and
 * secrets masked (`….headers`). The library has no HTTP layer of its own:
 * this lives in the CLI only.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { detectProvider, providers, type ProviderId } from '../index.js'
import type { AnyProvider } from '../core/contract.js'
import { DEFAULT_MAX_BYTES } from '../core/request.js'
import { parseArgs } from './args.js'
import { row, type Output } from './inspect.js'

const USAGE = `usage: chat-webhooks listen [--port <n>] [--host <address>] [--secret [<provider>=]<secret>]... [--save <dir>] [--json]

Receives webhooks (every path, POST) and prints, for each, the provider, whether it verifies, the
normalized events and the drift. --secret chatwoot=… checks one provider's requests (a bare secret
checks every provider's); without one, requests are not checked. --save keeps each body and its
headers (signatures and tokens masked) under <dir>/<provider>/. --json prints one JSON line per
request. Listens on 127.0.0.1:8787 unless told otherwise; stops on Ctrl-C.`

const ids = Object.keys(providers) as ProviderId[]

/** Headers whose values are credentials: masked in saved files. */
const CREDENTIALS = /signature|token|secret|authorization|cookie|api[-_]?key/i

/** What `listen` is given. @internal */
export interface ListenOptions {
  readonly port: number
  readonly host: string
  readonly secrets: Partial<Record<ProviderId, string>>
  readonly save?: string
  readonly json: boolean
}

/** A receiver that is listening. @internal */
export interface Listening {
  /** Where it listens, e.g. `http://127.0.0.1:8787`. */
  readonly url: string
  close(): Promise<void>
}

const readBody = async (req: IncomingMessage): Promise<Uint8Array | undefined> => {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > DEFAULT_MAX_BYTES) return undefined
    chunks.push(chunk as Buffer)
  }
  return new Uint8Array(Buffer.concat(chunks))
}

/**
 * Starts receiving; each request is printed as it is handled.
 * @internal
 */
export const startListening = async (options: ListenOptions, io: Output): Promise<Listening> => {
  let count = 0
  const server = createServer((req, res) => {
    const answer = (status: number, text: string) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(text)
    }
    void (async () => {
      const n = ++count
      const body = await readBody(req)
      if (body === undefined) {
        answer(413, `chat-webhooks listen: bodies over ${String(DEFAULT_MAX_BYTES)} bytes are refused`)
        return
      }
      const headers: Record<string, string> = {}
      for (const [k, v] of Object.entries(req.headers))
        if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v
      const url = `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`
      const id = detectProvider(body, headers)
      const record: Record<string, unknown> = { request: n, method: req.method, path: req.url, bytes: body.length }
      const lines: string[] = []
      let status = 200
      if (id === undefined) {
        status = 400
        record.provider = null
        lines.push(`#${String(n)} ${req.method ?? ''} ${req.url ?? ''}  no provider's webhooks look like this body`)
      } else {
        const p = providers[id] as AnyProvider
        const secret = options.secrets[id]
        let verified: string
        if (secret === undefined) verified = 'not checked (no --secret for it)'
        else {
          const v = await p.verify({ body, headers, url, secret })
          verified = v.ok
            ? 'unsigned' in v
              ? 'unsigned: the provider signs nothing'
              : 'verified'
            : `✗ ${v.reason}: ${v.message}`
          if (!v.ok) status = 401
        }
        record.provider = id
        record.verification = verified
        lines.push(`#${String(n)} ${req.method ?? ''} ${req.url ?? ''}  ${p.name}  ${verified}`)
        const decoded = p.decodeWithDrift(body)
        if (decoded._tag === 'Left') {
          if (status === 200) status = 400
          record.error = { code: decoded.left.code, message: decoded.left.message }
          lines.push(`  ✗ ${decoded.left.message}`)
        } else {
          const events = p.normalize(decoded.right.webhook, { headers })
          record.events = events.map(({ raw: _raw, ...e }) => e)
          record.drift = decoded.right.drift
          for (const e of events) lines.push(`  ${row(e).slice(1).join('  ').trimEnd()}`)
          for (const d of decoded.right.drift)
            lines.push(`  ~ ${d.path || '/'}  ${d.kind} (expected ${d.expected}, received ${d.received})`)
        }
        if (options.save !== undefined) {
          const folder = join(options.save, id)
          mkdirSync(folder, { recursive: true })
          const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(n)}`
          writeFileSync(join(folder, `${name}.json`), body)
          const masked = Object.fromEntries(
            Object.entries(headers).map(([k, v]) => [k, CREDENTIALS.test(k) ? '[masked]' : v]),
          )
          writeFileSync(join(folder, `${name}.headers`), JSON.stringify(masked, null, 2) + '\n')
          record.saved = join(folder, `${name}.json`)
          lines.push(`  saved ${join(folder, `${name}.json`)}`)
        }
      }
      io.out(options.json ? JSON.stringify(record) : lines.join('\n'))
      answer(status, status === 200 ? 'received\n' : `${lines.slice(0, 2).join('\n')}\n`)
    })().catch((e: unknown) => {
      io.err(`chat-webhooks listen: ${e instanceof Error ? e.message : String(e)}`)
      answer(500, 'chat-webhooks listen: the request could not be handled\n')
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${String(port)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve()
        })
        server.closeAllConnections()
      }),
  }
}

/** The options of `listen`, from its arguments; a string says what is wrong. @internal */
export const listenOptions = (args: readonly string[]): ListenOptions | string => {
  const parsed = parseArgs(args, { values: ['--port', '--host', '--secret', '--save'], flags: ['--json'] })
  if (typeof parsed === 'string') return parsed
  const [stray] = parsed.positional
  if (stray !== undefined) return `unknown option ${stray}`
  const last = (name: string) => parsed.values.get(name)?.at(-1)
  const given = last('--port')
  const port = Number(given ?? 8787)
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    return `--port takes a port number, not ${JSON.stringify(given)}`
  // In order: a bare secret is every provider's, until one names its provider (`chatwoot=…`).
  const secrets: Partial<Record<ProviderId, string>> = {}
  for (const v of parsed.values.get('--secret') ?? []) {
    const at = v.indexOf('=')
    const named = at > 0 ? v.slice(0, at) : undefined
    if (named !== undefined && ids.includes(named as ProviderId)) secrets[named as ProviderId] = v.slice(at + 1)
    else for (const id of ids) secrets[id] = v
  }
  const save = last('--save')
  return {
    port,
    host: last('--host') ?? '127.0.0.1',
    secrets,
    json: parsed.flags.has('--json'),
    ...(save === undefined ? {} : { save }),
  }
}

/**
 * Runs `chat-webhooks listen <args…>` until Ctrl-C; resolves to the exit code.
 * @internal
 */
export const listen = async (args: readonly string[], io: Output, stop?: Promise<unknown>): Promise<number> => {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE)
    return 0
  }
  const options = listenOptions(args)
  if (typeof options === 'string') {
    io.err(`chat-webhooks: ${options}\n\n${USAGE}`)
    return 2
  }
  let listening: Listening
  try {
    listening = await startListening(options, io)
  } catch (e) {
    io.err(
      `chat-webhooks: cannot listen on ${options.host}:${String(options.port)}: ${e instanceof Error ? e.message : String(e)}`,
    )
    return 1
  }
  io.err(`chat-webhooks listen: ${listening.url} — Ctrl-C stops`)
  await (stop ?? new Promise((resolve) => process.once('SIGINT', resolve)))
  await listening.close()
  return 0
}
