/**
 * The arguments of a command: the one parser `send`, `listen`, `sign` and
 * `verify` share.
 *
 * @module
 */

/** Parsed arguments: each option's values in order (an option may repeat), the flags given, the rest. @internal */
export interface Args {
  readonly values: ReadonlyMap<string, readonly string[]>
  readonly flags: ReadonlySet<string>
  readonly positional: readonly string[]
}

/**
 * Reads `args` against a command's options (`values` take the argument that
 * follows, `flags` none); a string says what is wrong: the unknown options, or
 * an option without its value.
 * @internal
 */
export const parseArgs = (
  args: readonly string[],
  spec: { readonly values: readonly string[]; readonly flags: readonly string[] },
): Args | string => {
  const values = new Map<string, string[]>()
  const flags = new Set<string>()
  const positional: string[] = []
  const unknown: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? ''
    if (!a.startsWith('--')) positional.push(a)
    else if (spec.flags.includes(a)) flags.add(a)
    else if (!spec.values.includes(a)) unknown.push(a)
    else {
      const v = args[++i]
      if (v === undefined) return `${a} needs a value`
      values.set(a, [...(values.get(a) ?? []), v])
    }
  }
  return unknown.length > 0
    ? `unknown option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`
    : { values, flags, positional }
}
