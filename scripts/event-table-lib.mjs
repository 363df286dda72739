// The tables of docs/events.md, from a registry and its fixtures: for every provider, each event
// its codec knows (the tags of its first tagged union: the webhook's own, or that of the items of
// a batch) and the kinds the fixtures of that event normalize to. A known event without a fixture
// is an error. Used by scripts/event-table.mjs (on the build) and by the tests (on the sources).

/** Codecs are told apart by their `_kind`, so that any build of the library serves. */
const isUnion = (c) => c?._kind === 'TaggedUnion'

/**
 * The first tagged union of a codec: the codec itself, or the item codec of a batch's array field,
 * looked for down nested arrays of objects (WhatsApp's `entry[].changes[]`); `path` names the array
 * fields on the way.
 */
const unionOf = (codec, path = []) => {
  if (isUnion(codec)) return { union: codec, path }
  if (path.length > 3) return undefined
  for (const [field, c] of Object.entries({ ...(codec?.required ?? {}), ...(codec?.optional ?? {}) })) {
    if (c?.type === undefined) continue
    const found = unionOf(c.type, [...path, field])
    if (found) return found
  }
  return undefined
}

/** A body's items at the end of `path`, each with the body narrowed to that item alone. */
const itemsAlong = (body, path) => {
  if (path.length === 0) return [[body, body]]
  const [field, ...rest] = path
  const list = Array.isArray(body?.[field]) ? body[field] : []
  return list.flatMap((x) => itemsAlong(x, rest).map(([item, narrowed]) => [item, { ...body, [field]: [narrowed] }]))
}

/** The row an item belongs to: its known tag, the prefix pattern that matched it, or "(any other)". */
const rowOf = (union, value) => {
  const { known } = union.select(value)
  if (!known) return '(any other)'
  const key = union.keyOf(value)
  if (key !== undefined && Object.prototype.hasOwnProperty.call(union.variants, key)) return key
  const prefix = Object.keys(union.options.prefixes ?? {}).find((p) => key?.startsWith(p))
  return prefix ? `${prefix}*` : '(tag absent)'
}

/**
 * @param {{ providers: Record<string, any>, fixtures: (id: string) => unknown[] }} input
 * @returns {string[]} one Markdown section per provider
 */
export const eventTables = ({ providers, fixtures }) =>
  Object.values(providers).map((p) => {
    const found = unionOf(p.Webhook)
    if (!found) throw new Error(`${p.id}: its Webhook codec has no tagged union to tabulate`)
    const { union, path } = found
    // A batch's items, each normalized in a batch of its own.
    const items = fixtures(p.id).flatMap((body) => itemsAlong(body, path))
    const rows = new Map([...union.knownTags(), '(any other)'].map((t) => [t, { kinds: new Set(), count: 0 }]))
    for (const [item, body] of items) {
      const name = rowOf(union, item)
      if (!rows.has(name)) rows.set(name, { kinds: new Set(), count: 0 })
      const row = rows.get(name)
      row.count++
      const decoded = p.decode(body)
      if (decoded._tag === 'Left') throw new Error(`${p.id}: a fixture does not decode: ${decoded.left.message}`)
      for (const e of p.normalize(decoded.right)) row.kinds.add(e.kind)
    }
    const missing = [...rows].filter(([tag, r]) => tag !== '(any other)' && r.count === 0).map(([tag]) => tag)
    if (missing.length > 0) throw new Error(`${p.name}: no fixture for ${missing.join(', ')}`)
    const tagName = union.tags.map((t) => `\`${t}\``).join(' / ')
    const title = path.length === 0 ? p.name : `${p.name}: the ${path.at(-1)} of a batch`
    const lines = [`### ${title}`, '', `| ${tagName} | normalized to | fixtures |`, '|---|---|---|']
    for (const [tag, r] of rows)
      lines.push(
        `| \`${tag}\` | ${[...r.kinds]
          .sort()
          .map((v) => `\`${v}\``)
          .join(', ')} | ${r.count} |`,
      )
    // What the provider documents about redelivery, and how long a dedupe store keeps its keys (`redelivery`).
    const hours = p.redelivery.ttlMs / 3_600_000
    lines.push(
      '',
      `Redelivery: ${p.redelivery.documented} Remember its dedupe keys for ${hours} hour${hours === 1 ? '' : 's'}` +
        ` (\`${p.id}.redelivery.ttlMs\`).`,
    )
    return lines.join('\n')
  })
