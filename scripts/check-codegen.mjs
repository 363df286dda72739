// Generates straight-line checking functions from an io-ts codec built with
// the library's combinators (src/core/codecs.ts): the fast path of `decode`.
// The output is TypeScript source, written at build time, so no code is ever
// generated at run time (edge runtimes forbid `eval` and `new Function`).
//
// A check answers 0 (INVALID: the codec would fail), 1 (SAME: the codec would
// return its input unchanged) or 2 (CONVERTS: valid, but an unrecognized
// variant inside would be rewritten). For the last, a conversion is generated
// too: what the codec would return, built without it. Both run only on values
// `decode` parsed itself from text: plain JSON objects, whose keys are all own.
// The helpers they call are in src/core/check.ts.
//
// A codec this generator does not know is an error, never a silent guess.

const IDENT = /^[A-Z_$][\w$]*$/i

/**
 * A function's name from the codec it checks: `MessageCreated<text>` → `MessageCreated_text`,
 * `Array<Attachment>` → `Array_Attachment`. Names, not walk positions, so that a change to one
 * codec renames nothing else and a generated diff stays where the change is.
 */
const identOf = (name) =>
  name
    .replace(/\{ \[K in string\]: (.*) \}/, 'Record<$1>')
    .replace(/[^\w$]+/g, '_')
    .replace(/^_+|_+$/g, '')

/**
 * @param {Record<string, any>} t - the `io-ts` module the codecs were built with
 * @param {Record<string, any>} core - `src/core/codecs.ts`, from the same build
 * @param {any} root - the codec to generate the check of
 * @returns {{ body: string, imports: string[], converts: boolean, check: string, convert: string | undefined }} the
 *   functions, in the order of their codecs' places; the names of the root's check and (when it `converts`) conversion; the helpers they import
 *   from core/check
 */
export const generate = (t, core, root) => {
  const names = new Map() // codec → function name
  const bodies = new Map() // function body → function name: codecs with the same body share a function
  const emitted = []
  const imports = new Set()
  const use = (name) => (imports.add(name), name)
  /** Every name given, so that two different functions never share one. */
  const taken = new Set()
  /** Where the codec a function was named after first occurs: functions are emitted in this order. */
  const placeOf = new Map()
  /** A unique name: `prefix_Codec`, else with the path where the codec first occurs, else numbered. */
  const unique = (prefix, codec) => {
    const base = `${prefix}_${identOf(codec.name) || 'value'}`
    const candidates = [base, `${base}_at_${identOf(pathOf.get(codec) ?? 'root')}`]
    const take = (c) => (taken.add(c), placeOf.set(c, pathOf.get(codec) ?? ''), c)
    for (const c of candidates) if (!taken.has(c)) return take(c)
    for (let i = 2; ; i++) if (!taken.has(`${base}_${i}`)) return take(`${base}_${i}`)
  }

  // Primitive codecs, checked by a helper of core/check: [required, optional].
  const PRIMITIVES = new Map([
    [t.string, ['isString', 'optString']],
    [core.BrowserDate, ['isString', 'optString']],
    [t.number, ['isNumber', 'optNumber']],
    [t.boolean, ['isBoolean', 'optBoolean']],
    [core.Int, ['isInt', 'optInt']],
    [core.IntLike, ['isFinite', 'optFinite']],
    [core.EpochSeconds, ['isNat', 'optNat']],
    [core.EpochMillis, ['isNat', 'optNat']],
    [core.FloatSeconds, ['isSeconds', 'optSeconds']],
    [core.IsoDateTime, ['isIso', 'optIso']],
    [core.JsonObject, ['isObject', 'optObject']],
  ])

  const children = (codec) => {
    if (codec instanceof core.StructType) return [...Object.values(codec.required), ...Object.values(codec.optional)]
    if (codec instanceof core.TaggedUnionType)
      return [
        ...Object.values(codec.variants),
        codec.fallback,
        ...Object.values(codec.options.prefixes ?? {}),
        ...(codec.options.missing ? [codec.options.missing] : []),
      ]
    if (codec instanceof core.FallbackType) return [codec.fields]
    if (codec instanceof core.ArrayOfType) return [codec.type]
    if (codec instanceof core.RecordOfType) return [codec.codomain]
    if (codec instanceof core.RecursiveOfType) return [codec.type]
    if (codec instanceof core.AnyOfType) return codec.members
    return []
  }

  /** Where each codec first occurs, from the root (`Webhook.message_created.conversation`): names apart codecs of one name. */
  const pathOf = new Map()
  {
    const labelled = (codec) => {
      if (codec instanceof core.StructType)
        return [...Object.entries(codec.required), ...Object.entries(codec.optional)]
      if (codec instanceof core.TaggedUnionType)
        return [
          ...Object.entries(codec.variants),
          ['unrecognized', codec.fallback],
          ...Object.entries(codec.options.prefixes ?? {}),
          ...(codec.options.missing ? [['missing', codec.options.missing]] : []),
        ]
      return children(codec).map((c, i) => [String(i), c])
    }
    const walk = (codec, path) => {
      if (pathOf.has(codec)) return
      pathOf.set(codec, path)
      for (const [label, c] of labelled(codec)) walk(c, `${path}.${label}`)
    }
    walk(root, root.name)
  }

  /** Whether an unrecognized variant can occur anywhere inside: what makes a check answer CONVERTS. */
  const converting = new Map()
  const canConvert = (codec, seen = new Set()) => {
    if (converting.has(codec)) return converting.get(codec)
    if (codec instanceof core.FallbackType) return true
    if (seen.has(codec)) return false
    seen.add(codec)
    const answer = children(codec).some((c) => canConvert(c, seen))
    // A "no" found inside a cycle is provisional: only the outermost call, or a "yes", is final.
    if (seen.size === 1 || answer) converting.set(codec, answer)
    seen.delete(codec)
    return answer
  }

  const read = (o, k) =>
    k in Object.prototype
      ? `${use('own')}(${o}, ${JSON.stringify(k)})`
      : IDENT.test(k)
        ? `${o}.${k}`
        : `${o}[${JSON.stringify(k)}]`

  /**
   * A boolean expression: whether `value` passes a codec that never converts.
   * `optional` also accepts null and undefined. `undefined` for `t.unknown`, which accepts anything.
   */
  const test = (codec, value, optional) => {
    if (codec === t.unknown) return undefined
    const primitive = PRIMITIVES.get(codec)
    if (primitive) return `${use(primitive[optional ? 1 : 0])}(${value})`
    const orAbsent = (e) => (optional ? `(${value} == null || ${e})` : e)
    if (codec === t.null) return optional ? `${value} == null` : `${value} === null`
    if (codec instanceof core.LiteralOfType) return orAbsent(`${value} === ${JSON.stringify(codec.value)}`)
    if (codec instanceof core.OpenEnumType)
      return typeof codec.values[0] === 'number'
        ? `${use(optional ? 'optFinite' : 'isFinite')}(${value})`
        : `${use(optional ? 'optString' : 'isString')}(${value})`
    if (codec instanceof core.PrefixedType)
      return `${use(optional ? 'optPrefix' : 'hasPrefix')}(${value}, ${JSON.stringify(codec.prefix)})`
    if (codec instanceof core.AnyOfType) {
      // `anyOf` accepts what any member's `is` accepts and returns it unchanged: exact only for members that never convert.
      const members = codec.members.map((m) => {
        if (canConvert(m)) throw new Error(`anyOf ${codec.name}: member ${m.name} holds an unrecognized variant`)
        return test(m, value, false) ?? 'true'
      })
      return orAbsent(`(${members.join(' || ')})`)
    }
    const container = [
      core.StructType,
      core.TaggedUnionType,
      core.ArrayOfType,
      core.RecordOfType,
      core.RecursiveOfType,
    ].some((k) => codec instanceof k)
    if (!container) throw new Error(`no check for codec ${codec.name} (${codec.constructor?.name})`)
    if (canConvert(codec)) throw new Error(`test() of a converting codec ${codec.name}`)
    return optional ? `${use('opt')}(${fn(codec)}, ${value})` : `${fn(codec)}(${value}) !== 0`
  }

  /**
   * A variable declared up front (`let x: number`) but assigned once is declared where it is
   * assigned instead (`const x = …`): what a linter asks of hand-written code, asked of this too.
   */
  const once = (lines, name, type) => {
    const assigned = lines.filter((l) => l.trimStart().startsWith(`${name} = `))
    if (assigned.length !== 1) return lines
    return lines
      .filter((l) => l !== `  let ${name}: ${type}`)
      .map((l) => (l === assigned[0] ? l.replace(`${name} = `, `const ${name} = `) : l))
  }

  /** Statements folding the verdict on `value` into `r`, for a codec that may convert. */
  const verdict = (codec, value, optional, indent) => [
    `${indent}x = ${optional ? `${use('optVerdict')}(${fn(codec)}, ${value})` : `${fn(codec)}(${value})`}`,
    `${indent}if (x === 0) return 0`,
    `${indent}if (x === 2) r = 2`,
  ]

  /** A struct's fields as [signature, required, key, codec]; the signature finds fields structs share. */
  const ids = new Map()
  const idOf = (c) => (ids.has(c) ? ids.get(c) : (ids.set(c, ids.size), ids.size - 1))
  const fieldsOf = (codec) => [
    ...Object.entries(codec.required).map(([k, c]) => [`${k}!${idOf(c)}`, true, k, c]),
    ...Object.entries(codec.optional).map(([k, c]) => [`${k}?${idOf(c)}`, false, k, c]),
  ]

  /** The lines of a function body checking the fields of an object `u` (known to be an object). */
  const fieldLines = (fields, shared) => {
    const tests = []
    const converting = []
    if (shared && !shared.converts) tests.push(`${shared.name}(u) !== 0`)
    for (const [, required, k, c] of fields) {
      if (canConvert(c)) converting.push(...verdict(c, read('u', k), !required, '  '))
      else {
        const e = test(c, read('u', k), !required)
        if (e !== undefined) tests.push(e)
      }
    }
    const lines = []
    const check =
      tests.length === 0 ? undefined : tests.length === 1 ? tests[0] : `(\n    ${tests.join(' &&\n    ')}\n  )`
    if (!shared?.converts && converting.length === 0) {
      lines.push(`  return ${check === undefined ? '1' : `${check} ? 1 : 0`}`)
      return lines
    }
    if (check !== undefined) lines.push(`  if (!${check.startsWith('(') ? check : `(${check})`}) return 0`)
    lines.push('  let r = 1', '  let x: number')
    if (shared?.converts) lines.push(`  x = ${shared.name}(u)`, '  if (x === 0) return 0', '  if (x === 2) r = 2')
    lines.push(...converting, '  return r')
    return once(lines, 'x', 'number')
  }

  // Structs mostly repeat each other's field lists (every Chatwoot message
  // variant has the same sixty fields but one; conversation events share the
  // conversation's): a group of structs sharing most fields gets one function
  // for them, which each member calls before checking its own. Groups are
  // found before anything is emitted, on field signatures.
  const groups = new Map() // struct → { signatures, name, converts }
  {
    const structs = []
    const seen = new Set()
    const visit = (codec) => {
      if (seen.has(codec)) return
      seen.add(codec)
      if (codec instanceof core.StructType) structs.push(codec)
      for (const c of children(codec)) visit(c)
    }
    visit(root)
    const sigs = new Map(structs.map((s) => [s, new Set(fieldsOf(s).map((f) => f[0]))]))
    const bySize = [...structs].sort((a, b) => sigs.get(b).size - sigs.get(a).size)
    for (const a of bySize) {
      if (groups.has(a) || sigs.get(a).size < 6) continue
      let common = sigs.get(a)
      const members = [a]
      const overlap = (b) => [...sigs.get(b)].filter((x) => common.has(x)).length
      for (const b of bySize.filter((b) => b !== a && !groups.has(b)).sort((x, y) => overlap(y) - overlap(x))) {
        const next = new Set([...sigs.get(b)].filter((x) => common.has(x)))
        // A member keeps at least 60% of the largest member's fields shared.
        if (next.size < 6 || next.size * 5 < sigs.get(a).size * 3) continue
        common = next
        members.push(b)
      }
      if (members.length < 2) continue
      const group = { signatures: common }
      for (const m of members) groups.set(m, group)
    }
  }

  /** The function checking a group's shared fields, emitted on first use. */
  const sharedOf = (codec) => {
    const group = groups.get(codec)
    if (!group || group.name) return group
    const fields = fieldsOf(codec).filter((f) => group.signatures.has(f[0]))
    group.converts = fields.some((f) => canConvert(f[3]))
    group.name = emit(
      `fields ${codec.name} shares with similar objects`,
      fieldLines(fields, undefined),
      'Record<string, unknown>',
      () => unique('shared', codec),
    )
    return group
  }

  const ANY_OBJECT = '  if (!isObject(u)) return 0'

  // Large structs — Channel Talk's OpenAPI models declare up to 150 fields, of which a payload
  // holds a few dozen — are checked by walking the keys the object has, not by reading every
  // declared one: reading absent fields is what costs there, and once an engine has seen many
  // payload shapes, each read of an absent field is a lookup that misses its caches.
  const KEYED = 40
  const tables = []
  /**
   * The body lines checking a large struct key by key: its optional fields' tests are in a table
   * (emitted beside it) by key; its required fields, few, are read by name.
   */
  const keyedLines = (codec) => {
    const fields = fieldsOf(codec)
    const table = unique('keys', codec)
    const entries = fields
      // A field of any value (t.unknown) needs no test.
      .filter(([, required, , c]) => !required && c !== t.unknown)
      .map(([, , k, c]) => {
        // A helper itself where the test is a helper's call on the value; else a function of the value.
        const e = canConvert(c) ? `${use('optVerdict')}(${fn(c)}, v)` : test(c, 'v', true)
        const helper = /^(\w+)\(v\)$/.exec(e)?.[1]
        return `[${JSON.stringify(k)}, ${helper ?? `(v: unknown) => ${e}`}]`
      })
    tables.push([
      table,
      [
        `/** ${codec.name.replace(/\*\//g, '*\\/')}: the test of each optional field, by key */`,
        `const ${table} = /*#__PURE__*/ new Map<string, (v: unknown) => number | boolean>([\n  ${entries.join(',\n  ')},\n])`,
      ].join('\n'),
    ])
    const required = fields.filter(([, req]) => req)
    const lines = [ANY_OBJECT]
    const tests = required
      .filter(([, , , c]) => !canConvert(c))
      .map(([, , k, c]) => test(c, read('u', k), false))
      .filter((e) => e !== undefined)
    if (tests.length > 0) lines.push(`  if (!(${tests.join(' && ')})) return 0`)
    const converting = required.filter(([, , , c]) => canConvert(c))
    if (converting.length === 0) return [...lines, `  return ${use('byKey')}(${table}, u)`]
    lines.push('  let r = 1', '  let x: number')
    for (const [, , k, c] of converting) lines.push(...verdict(c, read('u', k), false, '  '))
    lines.push(`  x = ${use('byKey')}(${table}, u)`, '  return x === 0 ? 0 : x === 2 ? 2 : r')
    return lines
  }

  /** The body lines of a codec's function. */
  const define = (codec) => {
    use('isObject')
    if (codec instanceof core.StructType) {
      if (fieldsOf(codec).length >= KEYED) return keyedLines(codec)
      const shared = sharedOf(codec)
      return [
        ANY_OBJECT,
        ...fieldLines(
          fieldsOf(codec).filter((f) => !shared?.signatures.has(f[0])),
          shared,
        ),
      ]
    }
    if (codec instanceof core.TaggedUnionType) {
      const lines = [ANY_OBJECT]
      const tags = codec.tags
      if (tags.length === 1) {
        lines.push(`  const k = ${read('u', tags[0])}`)
        if (codec.options.missing) lines.push(`  if (k == null) return ${fn(codec.options.missing)}(u)`)
      } else {
        tags.forEach((tag, i) => lines.push(`  const k${i} = ${read('u', tag)}`))
        const parts = tags.map((_, i) => `k${i}`)
        lines.push(
          `  const k = ${parts.map((p) => `typeof ${p} === 'string'`).join(' && ')} ? ${parts.join(" + '/' + ")} : undefined`,
        )
      }
      lines.push('  switch (k) {')
      for (const [key, c] of Object.entries(codec.variants))
        lines.push(`    case ${JSON.stringify(key)}: return ${fn(c)}(u)`)
      lines.push('  }')
      const prefixes = Object.entries(codec.options.prefixes ?? {})
      if (prefixes.length > 0) {
        lines.push(`  if (typeof k === 'string') {`)
        for (const [p, c] of prefixes) lines.push(`    if (k.startsWith(${JSON.stringify(p)})) return ${fn(c)}(u)`)
        lines.push('  }')
      }
      lines.push(`  return ${fn(codec.fallback)}(u)`)
      return lines
    }
    if (codec instanceof core.FallbackType) {
      // Valid unrecognized variants are rewritten by the codec: CONVERTS.
      const tags = codec.tags.map((tag) => `typeof ${read('u', tag)} === 'string'`)
      return [ANY_OBJECT, `  return ${tags.join(' && ')} && ${fn(codec.fields)}(u) !== 0 ? 2 : 0`]
    }
    if (codec instanceof core.ArrayOfType || codec instanceof core.RecordOfType) {
      const array = codec instanceof core.ArrayOfType
      const item = array ? codec.type : codec.codomain
      const lines = array ? ['  if (!Array.isArray(u)) return 0'] : [ANY_OBJECT]
      const loop = array
        ? ['  for (let i = 0; i < u.length; i++) {', '    const v: unknown = u[i]']
        : ['  for (const k in u) {', '    const v = u[k]']
      if (item === t.unknown) return [...lines, '  return 1']
      if (!canConvert(item))
        return [...lines, ...loop, `    if (!(${test(item, 'v', false)})) return 0`, '  }', '  return 1']
      return once(
        [
          ...lines,
          '  let r = 1',
          '  let x: number',
          ...loop,
          ...verdict(item, 'v', false, '    '),
          '  }',
          '  return r',
        ],
        'x',
        'number',
      )
    }
    const e = test(codec, 'u', false)
    if (e === undefined) return ['  return 1']
    return [`  return ${e} ? 1 : 0`]
  }

  /**
   * Emits a function and returns its name — or the name of one already emitted with the same body.
   * `name` is a thunk, so that a function shared by several codecs takes only the first one's name;
   * `forced` names a function before its body exists (a recursive codec's, which calls itself).
   */
  const emit = (title, lines, param, name, forced = undefined) => {
    const body = lines.join('\n')
    const key = `${param}\n${body}`
    if (!forced && bodies.has(key)) return bodies.get(key)
    const given = forced ?? name()
    bodies.set(key, given)
    emitted.push([
      given,
      [`/** ${title.replace(/\*\//g, '*\\/')} */`, `function ${given}(u: ${param}): number {`, body, '}'].join('\n'),
    ])
    return given
  }

  function fn(codec) {
    const known = names.get(codec)
    if (known) return known
    if (codec instanceof core.RecursiveOfType) {
      // Named before its definition is generated, so that the definition can call itself.
      const inner = codec.type
      if (names.has(inner)) return names.get(inner)
      const name = unique('check', inner)
      names.set(codec, name)
      names.set(inner, name)
      emit(inner.name, define(inner), 'unknown', undefined, name)
      return name
    }
    const given = emit(codec.name, define(codec), 'unknown', () => unique('check', codec))
    names.set(codec, given)
    return given
  }

  // Conversions: what decoding makes of a value its check found valid and converting. Only
  // codecs that can convert get one. They rewrite the value in place — `decode` runs them only on
  // values it parsed itself, which nobody else holds — where the codec copies along the path to
  // each unrecognized variant; the results are equal (tested).
  const converters = new Map() // codec → function name
  const converted = []
  const assign = (target, k, value) =>
    k in Object.prototype
      ? `${use('setOwn')}(${target}, ${JSON.stringify(k)}, ${value})`
      : `${target}${IDENT.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`} = ${value}`

  const convertBody = (codec) => {
    if (codec instanceof core.StructType) {
      const lines = ['  const o = u as Record<string, unknown>', '  let v: unknown', '  let w: unknown']
      for (const [, , k, c] of fieldsOf(codec)) {
        if (!canConvert(c)) continue
        lines.push(
          `  v = ${read('o', k)}`,
          '  if (v != null) {',
          `    w = ${convert(c)}(v)`,
          `    if (w !== v) ${assign('o', k, 'w')}`,
          '  }',
        )
      }
      lines.push('  return o')
      return once(once(lines, 'v', 'unknown'), 'w', 'unknown')
    }
    if (codec instanceof core.TaggedUnionType) {
      const lines = ['  const o = u as Record<string, unknown>']
      const to = (c) => (canConvert(c) ? `${convert(c)}(o)` : 'o')
      const tags = codec.tags
      if (tags.length === 1) {
        lines.push(`  const k = ${read('o', tags[0])}`)
        if (codec.options.missing) lines.push(`  if (k == null) return ${to(codec.options.missing)}`)
      } else {
        tags.forEach((tag, i) => lines.push(`  const k${i} = ${read('o', tag)}`))
        const parts = tags.map((_, i) => `k${i}`)
        lines.push(
          `  const k = ${parts.map((p) => `typeof ${p} === 'string'`).join(' && ')} ? ${parts.join(" + '/' + ")} : undefined`,
        )
      }
      lines.push('  switch (k) {')
      const same = Object.entries(codec.variants).filter(([, c]) => !canConvert(c))
      if (same.length > 0)
        lines.push(`${same.map(([key]) => `    case ${JSON.stringify(key)}:`).join('\n')}\n      return o`)
      for (const [key, c] of Object.entries(codec.variants))
        if (canConvert(c)) lines.push(`    case ${JSON.stringify(key)}: return ${to(c)}`)
      lines.push('  }')
      const prefixes = Object.entries(codec.options.prefixes ?? {})
      if (prefixes.length > 0) {
        lines.push(`  if (typeof k === 'string') {`)
        for (const [p, c] of prefixes) lines.push(`    if (k.startsWith(${JSON.stringify(p)})) return ${to(c)}`)
        lines.push('  }')
      }
      lines.push(`  return ${to(codec.fallback)}`)
      return lines
    }
    if (codec instanceof core.FallbackType) {
      const fields = canConvert(codec.fields)
        ? `${convert(codec.fields)}(u) as Record<string, unknown>`
        : 'u as Record<string, unknown>'
      const { tags, single } = codec
      // Tags that no object inherits are read and written by name: rewriteUnrecognized's reads by a
      // key held in an array cost more than the parse of a small body. Parsed values own every key.
      if (!tags.every((k) => typeof k === 'string' && !(k in Object.prototype) && k !== 'unrecognized')) {
        return [`  return ${use('rewriteUnrecognized')}(${fields}, ${JSON.stringify(tags)}, ${single}, true)`]
      }
      const at = (o, k) => (/^[A-Z_$][\w$]*$/i.test(k) ? `${o}.${k}` : `${o}[${JSON.stringify(k)}]`)
      const rewritten = single
        ? `typeof o.unrecognized === 'string'`
        : `${use('isObject')}(o.unrecognized) && ${tags.map((k) => `typeof ${at('o.unrecognized', k)} === 'string'`).join(' && ')}`
      return [
        `  const o = ${fields}`,
        '  // Already rewritten (a decoded value serialized and decoded again): as it is.',
        `  if (${tags.map((k) => `${at('o', k)} === 'unrecognized'`).join(' && ')} && ${rewritten}) return o`,
        `  const sent = ${single ? at('o', tags[0]) : `{ ${tags.map((k) => `${JSON.stringify(k)}: ${at('o', k)}`).join(', ')} }`}`,
        ...tags.map((k) => `  ${at('o', k)} = 'unrecognized'`),
        '  o.unrecognized = sent',
        '  return o',
      ]
    }
    if (codec instanceof core.ArrayOfType) {
      return [
        '  const a = u as unknown[]',
        '  for (let i = 0; i < a.length; i++) {',
        '    const v = a[i]',
        `    const w = ${convert(codec.type)}(v)`,
        '    if (w !== v) a[i] = w',
        '  }',
        '  return a',
      ]
    }
    if (codec instanceof core.RecordOfType) {
      return [
        '  const o = u as Record<string, unknown>',
        '  for (const k in o) {',
        '    const v = o[k]',
        `    const w = ${convert(codec.codomain)}(v)`,
        `    if (w !== v) ${use('setOwn')}(o, k, w)`,
        '  }',
        '  return o',
      ]
    }
    throw new Error(`no conversion for codec ${codec.name} (${codec.constructor?.name})`)
  }

  function convert(codec) {
    if (converters.has(codec)) return converters.get(codec)
    if (codec instanceof core.RecursiveOfType) {
      const inner = codec.type
      if (converters.has(inner)) return converters.get(inner)
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
  const convertBodies = new Map()

  const check = fn(root)
  const converts = canConvert(root)
  const rootConvert = converts ? convert(root) : undefined
  // In the order of where their codecs first occur (then by name): a function's place does not depend on what was
  // generated before it, and the checks of one object sit side by side, as the bundles' compression likes them.
  const key = (name) => `${placeOf.get(name) ?? ''}\u0000${name}`
  const byName = (list) =>
    [...list].sort(([a], [b]) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).map(([, source]) => source)
  return {
    body: [...byName(tables), ...byName(emitted), ...byName(converted)].join('\n\n'),
    imports: [...imports].sort(),
    converts,
    check,
    convert: rootConvert,
  }
}
