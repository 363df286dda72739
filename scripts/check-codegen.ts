// Generates straight-line checking functions from a codec built with the library's combinators
// (src/core/codecs.ts): the fast path of `decode`. It is an interpreter of the codecs' typed
// description (src/core/describe.ts). The output is TypeScript source, written at build time
// (scripts/gen-checks.mjs), so no code is ever generated at run time (edge runtimes forbid `eval`
// and `new Function`).
//
// A check answers 0 (INVALID: the codec would fail), 1 (SAME: the codec would return its input
// unchanged) or 2 (CONVERTS: valid, but an unrecognized variant inside would be rewritten). For the
// last, a conversion is generated too: what the codec would return, built without it. Both run
// only on values `decode` parsed itself from text: plain JSON objects, whose keys are all own.
// The helpers they call are in src/core/check.ts.
//
// A codec this generator does not know is an error, never a silent guess.
import type * as t from 'io-ts'
import { childrenOf, describe, entriesOf, type Node, type Scalar } from '../src/core/describe.js'

/**
 * Structs that share at least this many fields with another share one function checking them.
 * Grouping is what keeps Chatwoot's checks small: its fifteen message variants (one per content
 * type) share every field but `content_type` and `content_attributes`, and its conversation events
 * all of the conversation's. Measured on the generated checks, minified (gzipped): without groups
 * Chatwoot's are 69.2 KB (5.48 KB), with them 41.1 KB (5.03 KB); Channel Talk's, Proto's and
 * OneRoute's change by under 0.6 KB (30 bytes gzipped). Any value from 4 to 8 gives the same sizes
 * within 70 bytes (20 gzipped): 6 leaves out structs that share only an id, a name and timestamps.
 */
export const MIN_SHARED_FIELDS = 6

/**
 * A struct joins a group when the fields the group shares are at least this share of the group's
 * largest member's fields, so that a group's function checks most of each member. Measured as
 * above, from 0.5 to 0.7 the checks' sizes differ by under 60 bytes minified (15 gzipped).
 */
export const MIN_SHARED_SHARE = 0.6

/**
 * Structs with at least this many fields are checked by walking the keys a payload has, not by
 * reading every declared field: Channel Talk's OpenAPI models declare up to 150 fields, of which a
 * payload holds a few dozen, and on a server that has seen many payload shapes each read of an
 * absent field misses the engine's caches. Measured in the bench's mixed-traffic table
 * (bench/README.md): Channel Talk's `decode` cost about 3× `JSON.parse` when every field was read,
 * 1.3× once its large structs were walked by key; Chatwoot's largest structs (about 30 fields)
 * are fastest read field by field.
 */
export const KEYED_FIELDS = 40

const IDENT = /^[A-Z_$][\w$]*$/i

/**
 * A function's name from the codec it checks: `MessageCreated<text>` → `MessageCreated_text`,
 * `Array<Attachment>` → `Array_Attachment`. Names, not walk positions, so that a change to one
 * codec renames nothing else and a generated diff stays where the change is.
 */
const identOf = (name: string): string =>
  name
    .replace(/\{ \[K in string\]: (.*) \}/, 'Record<$1>')
    .replace(/[^\w$]+/g, '_')
    .replace(/^_+|_+$/g, '')

/** The helpers of core/check a scalar is tested with: [required, optional]. */
const SCALAR_TESTS: Readonly<Record<Exclude<Scalar, 'unknown' | 'null'>, readonly [string, string]>> = {
  string: ['isString', 'optString'],
  'browser-date': ['isString', 'optString'],
  number: ['isNumber', 'optNumber'],
  boolean: ['isBoolean', 'optBoolean'],
  integer: ['isInt', 'optInt'],
  'int-like': ['isFinite', 'optFinite'],
  'epoch-seconds': ['isNat', 'optNat'],
  'epoch-millis': ['isNat', 'optNat'],
  'float-seconds': ['isSeconds', 'optSeconds'],
  'iso-date-time': ['isIso', 'optIso'],
  'json-object': ['isObject', 'optObject'],
}

/** A struct's field, with the signature that finds the fields structs share (key, optionality, codec). */
interface StructField {
  readonly signature: string
  readonly required: boolean
  readonly key: string
  readonly codec: t.Mixed
}

/** A group of structs that share most of their fields, checked by one function. */
interface Group {
  readonly signatures: ReadonlySet<string>
  name?: string
  converts?: boolean
}

/** What `generate` writes. */
export interface Generated {
  /** The functions (and key tables), in the order of where their codecs first occur. */
  readonly body: string
  /** The helpers of src/core/check.ts they call. */
  readonly imports: string[]
  /** Whether a valid value may need converting (an unrecognized variant inside). */
  readonly converts: boolean
  /** The root's check. */
  readonly check: string
  /** The root's conversion, when it `converts`. */
  readonly convert: string | undefined
}

/** The thresholds above, which a measurement may vary. */
export interface Limits {
  readonly minSharedFields: number
  readonly minSharedShare: number
  readonly keyedFields: number
}

const LIMITS: Limits = {
  minSharedFields: MIN_SHARED_FIELDS,
  minSharedShare: MIN_SHARED_SHARE,
  keyedFields: KEYED_FIELDS,
}

/** The fast check (and conversion) of a codec, as TypeScript source. */
export const generate = (root: t.Mixed, limits: Limits = LIMITS): Generated => {
  const nodes = new Map<t.Mixed, Node>()
  const node = (codec: t.Mixed): Node => {
    let n = nodes.get(codec)
    if (!n) nodes.set(codec, (n = describe(codec)))
    return n
  }
  const names = new Map<t.Mixed, string>() // codec → function name
  const bodies = new Map<string, string>() // function body → function name: codecs with the same body share a function
  const emitted: [string, string][] = []
  const imports = new Set<string>()
  const use = (name: string): string => (imports.add(name), name)

  /** Where each codec first occurs, from the root (`Webhook.message_created.conversation`): names apart codecs of one name. */
  const pathOf = new Map<t.Mixed, string>()
  {
    const walk = (codec: t.Mixed, path: string): void => {
      if (pathOf.has(codec)) return
      pathOf.set(codec, path)
      for (const [label, c] of entriesOf(node(codec))) walk(c, `${path}.${label}`)
    }
    walk(root, root.name)
  }

  /** Every name given, so that two different functions never share one. */
  const taken = new Set<string>()
  /** Where the codec a function was named after first occurs: functions are emitted in this order. */
  const placeOf = new Map<string, string>()
  /** A unique name: `prefix_Codec`, else with the path where the codec first occurs, else numbered. */
  const unique = (prefix: string, codec: t.Mixed): string => {
    const base = `${prefix}_${identOf(codec.name) || 'value'}`
    const take = (c: string): string => (taken.add(c), placeOf.set(c, pathOf.get(codec) ?? ''), c)
    for (const c of [base, `${base}_at_${identOf(pathOf.get(codec) ?? 'root')}`]) if (!taken.has(c)) return take(c)
    for (let i = 2; ; i++) if (!taken.has(`${base}_${i}`)) return take(`${base}_${i}`)
  }

  /** Whether an unrecognized variant can occur anywhere inside: what makes a check answer CONVERTS. */
  const converting = new Map<t.Mixed, boolean>()
  const canConvert = (codec: t.Mixed, seen = new Set<t.Mixed>()): boolean => {
    const known = converting.get(codec)
    if (known !== undefined) return known
    const n = node(codec)
    if (n.kind === 'fallback') return true
    if (seen.has(codec)) return false
    seen.add(codec)
    const answer = childrenOf(n).some((c) => canConvert(c, seen))
    // A "no" found inside a cycle is provisional: only the outermost call, or a "yes", is final.
    if (seen.size === 1 || answer) converting.set(codec, answer)
    seen.delete(codec)
    return answer
  }

  const read = (o: string, k: string): string =>
    k in Object.prototype
      ? `${use('own')}(${o}, ${JSON.stringify(k)})`
      : IDENT.test(k)
        ? `${o}.${k}`
        : `${o}[${JSON.stringify(k)}]`

  /**
   * A boolean expression: whether `value` passes a codec that never converts.
   * `optional` also accepts null and undefined. `undefined` for `t.unknown`, which accepts anything.
   */
  const test = (codec: t.Mixed, value: string, optional: boolean): string | undefined => {
    const n = node(codec)
    const orAbsent = (e: string): string => (optional ? `(${value} == null || ${e})` : e)
    switch (n.kind) {
      case 'scalar':
        if (n.scalar === 'unknown') return undefined
        if (n.scalar === 'null') return optional ? `${value} == null` : `${value} === null`
        return `${use(SCALAR_TESTS[n.scalar][optional ? 1 : 0])}(${value})`
      case 'literal':
        return orAbsent(`${value} === ${JSON.stringify(n.value)}`)
      case 'enum':
        return n.base === 'number'
          ? `${use(optional ? 'optFinite' : 'isFinite')}(${value})`
          : `${use(optional ? 'optString' : 'isString')}(${value})`
      case 'prefixed':
        return `${use(optional ? 'optPrefix' : 'hasPrefix')}(${value}, ${JSON.stringify(n.prefix)})`
      case 'anyOf': {
        // `anyOf` accepts what any member's `is` accepts and returns it unchanged: exact only for members that never convert.
        const members = n.members.map((m) => {
          if (canConvert(m)) throw new Error(`anyOf ${codec.name}: member ${m.name} holds an unrecognized variant`)
          return test(m, value, false) ?? 'true'
        })
        return orAbsent(`(${members.join(' || ')})`)
      }
      case 'fallback':
        throw new Error(`no check for codec ${codec.name} (fallback) outside a union`)
      case 'struct':
      case 'union':
      case 'array':
      case 'record':
      case 'recursive':
        if (canConvert(codec)) throw new Error(`test() of a converting codec ${codec.name}`)
        return optional ? `${use('opt')}(${fn(codec)}, ${value})` : `${fn(codec)}(${value}) !== 0`
    }
  }

  /**
   * A variable declared up front (`let x: number`) but assigned once is declared where it is
   * assigned instead (`const x = …`): what a linter asks of hand-written code, asked of this too.
   */
  const once = (lines: string[], name: string, type: string): string[] => {
    const assigned = lines.filter((l) => l.trimStart().startsWith(`${name} = `))
    if (assigned.length !== 1) return lines
    return lines
      .filter((l) => l !== `  let ${name}: ${type}`)
      .map((l) => (l === assigned[0] ? l.replace(`${name} = `, `const ${name} = `) : l))
  }

  /** Statements folding the verdict on `value` into `r`, for a codec that may convert. */
  const verdict = (codec: t.Mixed, value: string, optional: boolean, indent: string): string[] => [
    `${indent}x = ${optional ? `${use('optVerdict')}(${fn(codec)}, ${value})` : `${fn(codec)}(${value})`}`,
    `${indent}if (x === 0) return 0`,
    `${indent}if (x === 2) r = 2`,
  ]

  const ids = new Map<t.Mixed, number>()
  const idOf = (c: t.Mixed): number => {
    let id = ids.get(c)
    if (id === undefined) ids.set(c, (id = ids.size))
    return id
  }
  const fieldsOf = (codec: t.Mixed): StructField[] => {
    const n = node(codec)
    if (n.kind !== 'struct') throw new Error(`fieldsOf: ${codec.name} is not a struct`)
    return [
      ...n.required.map((f) => ({
        signature: `${f.key}!${idOf(f.codec)}`,
        required: true,
        key: f.key,
        codec: f.codec,
      })),
      ...n.optional.map((f) => ({
        signature: `${f.key}?${idOf(f.codec)}`,
        required: false,
        key: f.key,
        codec: f.codec,
      })),
    ]
  }

  /** The lines of a function body checking the fields of an object `u` (known to be an object). */
  const fieldLines = (fields: readonly StructField[], shared: Group | undefined): string[] => {
    const tests: string[] = []
    const converts: string[] = []
    if (shared?.name && !shared.converts) tests.push(`${shared.name}(u) !== 0`)
    for (const f of fields) {
      if (canConvert(f.codec)) converts.push(...verdict(f.codec, read('u', f.key), !f.required, '  '))
      else {
        const e = test(f.codec, read('u', f.key), !f.required)
        if (e !== undefined) tests.push(e)
      }
    }
    const check =
      tests.length === 0 ? undefined : tests.length === 1 ? tests[0] : `(\n    ${tests.join(' &&\n    ')}\n  )`
    if (!shared?.converts && converts.length === 0)
      return [`  return ${check === undefined ? '1' : `${check} ? 1 : 0`}`]
    const lines: string[] = []
    if (check !== undefined) lines.push(`  if (!${check.startsWith('(') ? check : `(${check})`}) return 0`)
    lines.push('  let r = 1', '  let x: number')
    if (shared?.converts && shared.name)
      lines.push(`  x = ${shared.name}(u)`, '  if (x === 0) return 0', '  if (x === 2) r = 2')
    lines.push(...converts, '  return r')
    return once(lines, 'x', 'number')
  }

  // Structs mostly repeat each other's field lists (every Chatwoot message variant has the same
  // sixty fields but one; conversation events share the conversation's): a group of structs sharing
  // most fields gets one function for them, which each member calls before checking its own.
  // Groups are found before anything is emitted, on field signatures.
  const groups = new Map<t.Mixed, Group>()
  {
    const structs: t.Mixed[] = []
    const seen = new Set<t.Mixed>()
    const visit = (codec: t.Mixed): void => {
      if (seen.has(codec)) return
      seen.add(codec)
      const n = node(codec)
      if (n.kind === 'struct') structs.push(codec)
      for (const c of childrenOf(n)) visit(c)
    }
    visit(root)
    const sigs = new Map(structs.map((s) => [s, new Set(fieldsOf(s).map((f) => f.signature))]))
    const sigsOf = (s: t.Mixed): Set<string> => sigs.get(s) ?? new Set()
    const bySize = [...structs].sort((a, b) => sigsOf(b).size - sigsOf(a).size)
    for (const a of bySize) {
      if (groups.has(a) || sigsOf(a).size < limits.minSharedFields) continue
      let common = sigsOf(a)
      const members = [a]
      const overlap = (b: t.Mixed): number => [...sigsOf(b)].filter((x) => common.has(x)).length
      for (const b of bySize.filter((b) => b !== a && !groups.has(b)).sort((x, y) => overlap(y) - overlap(x))) {
        const next = new Set([...sigsOf(b)].filter((x) => common.has(x)))
        if (next.size < limits.minSharedFields || next.size / sigsOf(a).size < limits.minSharedShare) continue
        common = next
        members.push(b)
      }
      if (members.length < 2) continue
      const group: Group = { signatures: common }
      for (const m of members) groups.set(m, group)
    }
  }

  /** The function checking a group's shared fields, emitted on first use. */
  const sharedOf = (codec: t.Mixed): Group | undefined => {
    const group = groups.get(codec)
    if (!group || group.name) return group
    const fields = fieldsOf(codec).filter((f) => group.signatures.has(f.signature))
    group.converts = fields.some((f) => canConvert(f.codec))
    group.name = emit(
      `fields ${codec.name} shares with similar objects`,
      fieldLines(fields, undefined),
      'Record<string, unknown>',
      () => unique('shared', codec),
    )
    return group
  }

  const ANY_OBJECT = '  if (!isObject(u)) return 0'

  const tables: [string, string][] = []
  /**
   * The body lines checking a large struct key by key (KEYED_FIELDS): its optional fields' tests
   * are in a table (emitted beside it) by key; its required fields, few, are read by name.
   */
  const keyedLines = (codec: t.Mixed): string[] => {
    const fields = fieldsOf(codec)
    const table = unique('keys', codec)
    const entries = fields
      // A field of any value (t.unknown) needs no test.
      .filter((f) => {
        const n = node(f.codec)
        return !f.required && !(n.kind === 'scalar' && n.scalar === 'unknown')
      })
      .map((f) => {
        // A helper itself where the test is a helper's call on the value; else a function of the value.
        const e = canConvert(f.codec) ? `${use('optVerdict')}(${fn(f.codec)}, v)` : (test(f.codec, 'v', true) ?? 'true')
        const helper = /^(\w+)\(v\)$/.exec(e)?.[1]
        return `[${JSON.stringify(f.key)}, ${helper ?? `(v: unknown) => ${e}`}]`
      })
    tables.push([
      table,
      [
        `/** ${codec.name.replace(/\*\//g, '*\\/')}: the test of each optional field, by key */`,
        `const ${table} = /*#__PURE__*/ new Map<string, (v: unknown) => number | boolean>([\n  ${entries.join(',\n  ')},\n])`,
      ].join('\n'),
    ])
    const required = fields.filter((f) => f.required)
    const lines = [ANY_OBJECT]
    const tests = required
      .filter((f) => !canConvert(f.codec))
      .map((f) => test(f.codec, read('u', f.key), false))
      .filter((e): e is string => e !== undefined)
    if (tests.length > 0) lines.push(`  if (!(${tests.join(' && ')})) return 0`)
    const converts = required.filter((f) => canConvert(f.codec))
    if (converts.length === 0) return [...lines, `  return ${use('byKey')}(${table}, u)`]
    lines.push('  let r = 1', '  let x: number')
    for (const f of converts) lines.push(...verdict(f.codec, read('u', f.key), false, '  '))
    lines.push(`  x = ${use('byKey')}(${table}, u)`, '  return x === 0 ? 0 : x === 2 ? 2 : r')
    return lines
  }

  /** The body lines of a codec's function. */
  const define = (codec: t.Mixed): string[] => {
    use('isObject')
    const n = node(codec)
    switch (n.kind) {
      case 'struct': {
        if (n.required.length + n.optional.length >= limits.keyedFields) return keyedLines(codec)
        const shared = sharedOf(codec)
        return [
          ANY_OBJECT,
          ...fieldLines(
            fieldsOf(codec).filter((f) => !shared?.signatures.has(f.signature)),
            shared,
          ),
        ]
      }
      case 'union': {
        const lines = [ANY_OBJECT]
        const tags = n.tags
        if (tags.length === 1) {
          lines.push(`  const k = ${read('u', tags[0] ?? '')}`)
          if (n.missing) lines.push(`  if (k == null) return ${fn(n.missing)}(u)`)
        } else {
          tags.forEach((tag, i) => lines.push(`  const k${i} = ${read('u', tag)}`))
          const parts = tags.map((_, i) => `k${i}`)
          lines.push(
            `  const k = ${parts.map((p) => `typeof ${p} === 'string'`).join(' && ')} ? ${parts.join(" + '/' + ")} : undefined`,
          )
        }
        lines.push('  switch (k) {')
        for (const [key, c] of n.variants) lines.push(`    case ${JSON.stringify(key)}: return ${fn(c)}(u)`)
        lines.push('  }')
        if (n.prefixes.length > 0) {
          lines.push(`  if (typeof k === 'string') {`)
          for (const [p, c] of n.prefixes) lines.push(`    if (k.startsWith(${JSON.stringify(p)})) return ${fn(c)}(u)`)
          lines.push('  }')
        }
        lines.push(`  return ${fn(n.fallback)}(u)`)
        return lines
      }
      case 'fallback': {
        // Valid unrecognized variants are rewritten by the codec: CONVERTS.
        const tags = n.tags.map((tag) => `typeof ${read('u', tag)} === 'string'`)
        return [ANY_OBJECT, `  return ${tags.join(' && ')} && ${fn(n.fields)}(u) !== 0 ? 2 : 0`]
      }
      case 'array':
      case 'record': {
        const array = n.kind === 'array'
        const lines = array ? ['  if (!Array.isArray(u)) return 0'] : [ANY_OBJECT]
        const loop = array
          ? ['  for (let i = 0; i < u.length; i++) {', '    const v: unknown = u[i]']
          : ['  for (const k in u) {', '    const v = u[k]']
        const item = node(n.item)
        if (item.kind === 'scalar' && item.scalar === 'unknown') return [...lines, '  return 1']
        if (!canConvert(n.item))
          return [...lines, ...loop, `    if (!(${test(n.item, 'v', false) ?? 'true'})) return 0`, '  }', '  return 1']
        return once(
          [
            ...lines,
            '  let r = 1',
            '  let x: number',
            ...loop,
            ...verdict(n.item, 'v', false, '    '),
            '  }',
            '  return r',
          ],
          'x',
          'number',
        )
      }
      case 'scalar':
      case 'literal':
      case 'enum':
      case 'prefixed':
      case 'anyOf':
      case 'recursive': {
        const e = test(codec, 'u', false)
        if (e === undefined) return ['  return 1']
        return [`  return ${e} ? 1 : 0`]
      }
    }
  }

  /**
   * Emits a function and returns its name — or the name of one already emitted with the same body.
   * `name` is a thunk, so that a function shared by several codecs takes only the first one's name;
   * `forced` names a function before its body exists (a recursive codec's, which calls itself).
   */
  const emit = (title: string, lines: string[], param: string, name: () => string, forced?: string): string => {
    const body = lines.join('\n')
    const key = `${param}\n${body}`
    const same = bodies.get(key)
    if (!forced && same) return same
    const given = forced ?? name()
    bodies.set(key, given)
    emitted.push([
      given,
      [`/** ${title.replace(/\*\//g, '*\\/')} */`, `function ${given}(u: ${param}): number {`, body, '}'].join('\n'),
    ])
    return given
  }

  function fn(codec: t.Mixed): string {
    const known = names.get(codec)
    if (known) return known
    const n = node(codec)
    if (n.kind === 'recursive') {
      // Named before its definition is generated, so that the definition can call itself.
      const inner = n.body
      const innerName = names.get(inner)
      if (innerName) return innerName
      const name = unique('check', inner)
      names.set(codec, name)
      names.set(inner, name)
      emit(inner.name, define(inner), 'unknown', () => name, name)
      return name
    }
    const given = emit(codec.name, define(codec), 'unknown', () => unique('check', codec))
    names.set(codec, given)
    return given
  }

  // Conversions: what decoding makes of a value its check found valid and converting. Only codecs
  // that can convert get one. They rewrite the value in place — `decode` runs them only on values it
  // parsed itself, which nobody else holds — where the codec copies along the path to each
  // unrecognized variant; the results are equal (tested).
  const converters = new Map<t.Mixed, string>() // codec → function name
  const convertBodies = new Map<string, string>()
  const converted: [string, string][] = []
  const assign = (target: string, k: string, value: string): string =>
    k in Object.prototype
      ? `${use('setOwn')}(${target}, ${JSON.stringify(k)}, ${value})`
      : `${target}${IDENT.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`} = ${value}`

  const convertBody = (codec: t.Mixed): string[] => {
    const n = node(codec)
    switch (n.kind) {
      case 'struct': {
        const lines = ['  const o = u as Record<string, unknown>', '  let v: unknown', '  let w: unknown']
        for (const f of fieldsOf(codec)) {
          if (!canConvert(f.codec)) continue
          lines.push(
            `  v = ${read('o', f.key)}`,
            '  if (v != null) {',
            `    w = ${convert(f.codec)}(v)`,
            `    if (w !== v) ${assign('o', f.key, 'w')}`,
            '  }',
          )
        }
        lines.push('  return o')
        return once(once(lines, 'v', 'unknown'), 'w', 'unknown')
      }
      case 'union': {
        const lines = ['  const o = u as Record<string, unknown>']
        const to = (c: t.Mixed): string => (canConvert(c) ? `${convert(c)}(o)` : 'o')
        const tags = n.tags
        if (tags.length === 1) {
          lines.push(`  const k = ${read('o', tags[0] ?? '')}`)
          if (n.missing) lines.push(`  if (k == null) return ${to(n.missing)}`)
        } else {
          tags.forEach((tag, i) => lines.push(`  const k${i} = ${read('o', tag)}`))
          const parts = tags.map((_, i) => `k${i}`)
          lines.push(
            `  const k = ${parts.map((p) => `typeof ${p} === 'string'`).join(' && ')} ? ${parts.join(" + '/' + ")} : undefined`,
          )
        }
        lines.push('  switch (k) {')
        const same = n.variants.filter(([, c]) => !canConvert(c))
        if (same.length > 0)
          lines.push(`${same.map(([key]) => `    case ${JSON.stringify(key)}:`).join('\n')}\n      return o`)
        for (const [key, c] of n.variants)
          if (canConvert(c)) lines.push(`    case ${JSON.stringify(key)}: return ${to(c)}`)
        lines.push('  }')
        if (n.prefixes.length > 0) {
          lines.push(`  if (typeof k === 'string') {`)
          for (const [p, c] of n.prefixes) lines.push(`    if (k.startsWith(${JSON.stringify(p)})) return ${to(c)}`)
          lines.push('  }')
        }
        lines.push(`  return ${to(n.fallback)}`)
        return lines
      }
      case 'fallback': {
        const fields = canConvert(n.fields)
          ? `${convert(n.fields)}(u) as Record<string, unknown>`
          : 'u as Record<string, unknown>'
        const { tags, single } = n
        // Tags that no object inherits are read and written by name: rewriteUnrecognized's reads by a
        // key held in an array cost more than the parse of a small body. Parsed values own every key.
        if (!tags.every((k) => !(k in Object.prototype) && k !== 'unrecognized')) {
          return [`  return ${use('rewriteUnrecognized')}(${fields}, ${JSON.stringify(tags)}, ${single}, true)`]
        }
        const at = (o: string, k: string): string =>
          /^[A-Z_$][\w$]*$/i.test(k) ? `${o}.${k}` : `${o}[${JSON.stringify(k)}]`
        const rewritten = single
          ? `typeof o.unrecognized === 'string'`
          : `${use('isObject')}(o.unrecognized) && ${tags.map((k) => `typeof ${at('o.unrecognized', k)} === 'string'`).join(' && ')}`
        return [
          `  const o = ${fields}`,
          '  // Already rewritten (a decoded value serialized and decoded again): as it is.',
          `  if (${tags.map((k) => `${at('o', k)} === 'unrecognized'`).join(' && ')} && ${rewritten}) return o`,
          `  const sent = ${single ? at('o', tags[0] ?? '') : `{ ${tags.map((k) => `${JSON.stringify(k)}: ${at('o', k)}`).join(', ')} }`}`,
          ...tags.map((k) => `  ${at('o', k)} = 'unrecognized'`),
          '  o.unrecognized = sent',
          '  return o',
        ]
      }
      case 'array':
        return [
          '  const a = u as unknown[]',
          '  for (let i = 0; i < a.length; i++) {',
          '    const v = a[i]',
          `    const w = ${convert(n.item)}(v)`,
          '    if (w !== v) a[i] = w',
          '  }',
          '  return a',
        ]
      case 'record':
        return [
          '  const o = u as Record<string, unknown>',
          '  for (const k in o) {',
          '    const v = o[k]',
          `    const w = ${convert(n.item)}(v)`,
          `    if (w !== v) ${use('setOwn')}(o, k, w)`,
          '  }',
          '  return o',
        ]
      case 'scalar':
      case 'literal':
      case 'enum':
      case 'prefixed':
      case 'anyOf':
      case 'recursive':
        throw new Error(`no conversion for codec ${codec.name} (${n.kind})`)
    }
  }

  function convert(codec: t.Mixed): string {
    const known = converters.get(codec)
    if (known) return known
    const n = node(codec)
    if (n.kind === 'recursive') {
      const inner = n.body
      const innerName = converters.get(inner)
      if (innerName) return innerName
      const name = unique('convert', inner)
      converters.set(codec, name)
      converters.set(inner, name)
      const body = convertBody(inner)
      converted.push([
        name,
        [
          `/** ${inner.name.replace(/\*\//g, '*\\/')}: converted */`,
          `function ${name}(u: unknown): unknown {`,
          ...body,
          '}',
        ].join('\n'),
      ])
      return name
    }
    // Conversions with the same body share one function.
    const body = convertBody(codec).join('\n')
    const same = convertBodies.get(body)
    if (same) {
      converters.set(codec, same)
      return same
    }
    const name = unique('convert', codec)
    converters.set(codec, name)
    convertBodies.set(body, name)
    converted.push([
      name,
      [
        `/** ${codec.name.replace(/\*\//g, '*\\/')}: converted */`,
        `function ${name}(u: unknown): unknown {`,
        body,
        '}',
      ].join('\n'),
    ])
    return name
  }

  const check = fn(root)
  const converts = canConvert(root)
  const rootConvert = converts ? convert(root) : undefined
  // In the order of where their codecs first occur (then by name): a function's place does not depend on what was
  // generated before it, and the checks of one object sit side by side, as the bundles' compression likes them.
  const key = (name: string): string => `${placeOf.get(name) ?? ''}\u0000${name}`
  const inOrder = (list: readonly [string, string][]): string[] =>
    [...list].sort(([a], [b]) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).map(([, source]) => source)
  return {
    body: [...inOrder(tables), ...inOrder(emitted), ...inOrder(converted)].join('\n\n'),
    imports: [...imports].sort(),
    converts,
    check,
    convert: rootConvert,
  }
}
