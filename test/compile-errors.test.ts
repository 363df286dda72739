// What the compiler tells users who get a call wrong: the messages themselves, pinned by
// compiling small programs against the sources with the TypeScript compiler API. A
// `@ts-expect-error` only shows that there is an error; these show that it says what to fix.
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..')

/** The error messages of one program, flattened (chained messages joined by newlines). */
const errorsOf = (code: string): string[] => {
  const file = join(ROOT, 'test', '__compile_errors__.ts')
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  }
  const host = ts.createCompilerHost(options)
  const read = host.readFile.bind(host)
  host.readFile = (name) => (name === file ? code : read(name))
  const exists = host.fileExists.bind(host)
  host.fileExists = (name) => name === file || exists(name)
  const program = ts.createProgram([file], options, host)
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

const PRELUDE = `
import { match } from '../src/match.js'
import type { ChatEvent } from '../src/model/index.js'
declare const event: ChatEvent
`

describe('compile errors', () => {
  it('match without a handler for a kind names the kind, and does not ask for `_`', () => {
    const handlers = [
      "'message.created', 'message.updated', 'message.status', 'conversation.created', 'conversation.updated'",
      "'conversation.status_changed', 'contact.created', 'contact.updated', 'typing.started', 'typing.stopped'",
      "'widget.opened', 'inbox.created', 'inbox.updated', 'account.created', 'automation.triggered', 'unrecognized'",
      "'reaction.added', 'reaction.removed', 'template.status_changed', 'account.notice', 'conversation.handoff'",
    ].join(', ')
    const errors = errorsOf(`${PRELUDE}
const kinds = [${handlers}] as const
type Every = { [K in (typeof kinds)[number]]: () => string }
declare const most: Every
export const r = match(event, most)
`)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`Property '"contact.deleted"' is missing`)
    expect(errors[0]).not.toContain("'_'")
  })

  it('names every missing kind when several are', () => {
    const errors = errorsOf(`${PRELUDE}
export const r = match(event, { 'message.created': (e) => e.message.text, unrecognized: (e) => e.eventType })
`)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('"message.updated", "message.status", "conversation.created"')
    expect(errors[0]).not.toContain("'_'")
  })

  it('a misspelt kind is an error at that key, with or without `_`', () => {
    const errors = errorsOf(`${PRELUDE}
export const r = match(event, { 'message.craeted': () => 1, _: () => 2 })
`)
    expect(errors).toEqual(["Type '() => number' is not assignable to type 'never'."])
  })

  it('compiles a call that handles every kind, or some and `_`, typing each handler and the result', () => {
    expect(
      errorsOf(`${PRELUDE}
const a: string | number = match(event, { 'message.created': (e) => e.message.text, _: (e) => e.kind.length })
export { a }
`),
    ).toEqual([])
  })

  it('name our types, not the combinators they are built with', () => {
    const errors = errorsOf(`
import * as chatwoot from '../src/providers/chatwoot/index.js'
import * as channeltalk from '../src/providers/channeltalk/index.js'
declare const w: chatwoot.Webhook
declare const m: chatwoot.MessageCreated
declare const c: chatwoot.Conversation
declare const p: channeltalk.Webhook
export const a: number = w
export const b: number = m
export const d: number = c.meta
export const e: number = p
export const f: number = chatwoot.Webhook
`)
    expect(errors.map((e) => e.split('\n')[0])).toEqual([
      "Type 'Webhook' is not assignable to type 'number'.",
      "Type 'MessageCreated' is not assignable to type 'number'.",
      "Type 'ConversationMeta | null | undefined' is not assignable to type 'number'.",
      "Type 'Webhook' is not assignable to type 'number'.",
      "Type 'Codec<Webhook, Webhook>' is not assignable to type 'number'.",
    ])
    for (const e of errors) expect(e).not.toMatch(/TaggedUnionOf|StructType|StructOf|FallbackType|OpenEnumType/)
  })
})
