// After tsup and types-once: declares the data types as plain interfaces. In the source, a codec's type is
// derived from the codec (`interface Contact extends t.TypeOf<typeof ContactC> {}`, the single source of
// truth), and the declarations tsup writes keep that derivation: the combinator types of every codec, which
// a consumer's type-check then instantiates on every build. Here TypeScript itself spells each derived type
// out — `interface Contact { id?: number | null; … }`, with the fields' doc comments — and the codec
// declarations nothing refers to any more are dropped. A consumer of every provider type-checks about a
// third faster (bench/types.mjs). The rewrite is then proved faithful: for every rewritten declaration, the
// type before and after must be identical (not merely assignable: `readonly` and `?` count) and assignable
// each way, under `exactOptionalPropertyTypes` and without it; the build fails otherwise.
//
// usage: node scripts/types-plain.mjs (run by `npm run build`); test/types-plain.test.ts tests it
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'
import { root } from './generated.mjs'

const options = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noEmit: true,
  types: [],
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
}

/** A type, as a node with no reference to the codecs: expanded at the top (`InTypeAlias`), never truncated. */
const FLAGS =
  ts.NodeBuilderFlags.NoTruncation | ts.NodeBuilderFlags.InTypeAlias | ts.NodeBuilderFlags.MultilineObjectLiterals

/** `typeof X` anywhere in a node: a type derived from a codec's value. */
const derived = (node) => {
  let found = false
  const visit = (n) => {
    if (ts.isTypeQueryNode(n)) found = true
    else ts.forEachChild(n, visit)
  }
  visit(node)
  return found
}

const rewrite = (checker, sf) => {
  const printer = ts.createPrinter({ removeComments: false })
  const print = (node) => printer.printNode(ts.EmitHint.Unspecified, node, sf)

  /** The doc comment of a property, as written (text and tags). */
  const docOf = (symbol) => {
    const text = ts.displayPartsToString(symbol.getDocumentationComment(checker))
    const tags = symbol
      .getJsDocTags(checker)
      .map((t) => `@${t.name}${t.text ? ` ${ts.displayPartsToString(t.text)}` : ''}`)
    const body = [text, ...tags].filter(Boolean).join('\n')
    if (!body) return undefined
    return body.includes('\n') ? `*\n${body.replace(/^/gm, ' * ')}\n ` : `* ${body} `
  }

  /** Puts each property's doc comment on the node the builder made of its object type, at every depth. */
  const annotate = (node, type) => {
    if (!node || !type) return
    if (ts.isTypeLiteralNode(node) && type.flags & ts.TypeFlags.Object) {
      const props = checker.getPropertiesOfType(type)
      node.members.forEach((member, i) => {
        const prop = props[i]
        if (!prop || !ts.isPropertySignature(member)) return
        const doc = docOf(prop)
        if (doc) ts.addSyntheticLeadingComment(member, ts.SyntaxKind.MultiLineCommentTrivia, doc, true)
        annotate(member.type, checker.getNonNullableType(checker.getTypeOfSymbol(prop)))
      })
    } else if (ts.isUnionTypeNode(node)) {
      // `{ … } | null` (the type reaches here without its `null`), or a union of variants: each object node
      // goes with the object type that has the same properties, each array node with the array type.
      const types = type.isUnion() ? type.types : [type]
      const keyOf = (names) => names.join('\n')
      const objects = new Map()
      for (const t of types)
        if (t.flags & ts.TypeFlags.Object && !checker.isArrayType(t)) {
          const key = keyOf(checker.getPropertiesOfType(t).map((p) => p.name))
          objects.set(key, objects.has(key) ? undefined : t)
        }
      for (const n of node.types.filter(ts.isTypeLiteralNode))
        annotate(
          n,
          objects.get(
            keyOf(
              n.members.map((m) =>
                m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)) ? m.name.text : undefined,
              ),
            ),
          ),
        )
      const arrays = types.filter((t) => checker.isArrayType(t))
      const arrayNodes = node.types.filter(ts.isArrayTypeNode)
      if (arrays.length === 1 && arrayNodes.length === 1) annotate(arrayNodes[0], arrays[0])
    } else if (ts.isArrayTypeNode(node) && checker.isArrayType(type)) {
      annotate(node.elementType, checker.getTypeArguments(type)[0])
    } else if (ts.isParenthesizedTypeNode(node)) annotate(node.type, type)
  }

  const spelled = (type, at) => {
    const node = checker.typeToTypeNode(type, at, FLAGS)
    if (!node) throw new Error(`types-plain: cannot spell out the type at ${at.getText(sf).slice(0, 60)}`)
    annotate(node, type)
    return print(node)
  }

  const edits = []
  const names = []
  for (const st of sf.statements) {
    // Generic declarations (the combinators' own types) stay as they are: only instances can be spelled out.
    if (
      ts.isInterfaceDeclaration(st) &&
      !st.typeParameters &&
      st.heritageClauses?.some(derived) &&
      !st.members.length
    ) {
      // The interface's own members are those of the type it extends.
      const base = checker.getTypeAtLocation(st.heritageClauses[0].types[0])
      edits.push([st.name.getStart(sf), st.end, `${st.name.text} ${spelled(base, st)}`])
      names.push(['type', st.name.text])
    } else if (ts.isTypeAliasDeclaration(st) && !st.typeParameters && derived(st.type)) {
      edits.push([st.type.getStart(sf), st.type.end, spelled(checker.getTypeAtLocation(st.name), st)])
      names.push(['type', st.name.text])
    } else if (ts.isVariableStatement(st)) {
      // An exported codec declared with the type of another (`Codec<X, t.OutputOf<typeof XC>>`).
      for (const d of st.declarationList.declarations)
        if (d.type && derived(d.type)) {
          edits.push([d.type.getStart(sf), d.type.end, spelled(checker.getTypeAtLocation(d.name), st)])
          names.push(['value', d.name.getText(sf)])
        }
    }
  }
  let text = sf.text
  for (const [start, end, replacement] of edits.sort((a, b) => b[0] - a[0]))
    text = text.slice(0, start) + replacement + text.slice(end)
  return { text: prune(text, sf.fileName), names }
}

/** Drops the declarations nothing refers to any more (the codecs the data types were derived from). */
const prune = (text, fileName) => {
  for (;;) {
    const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
    const exported = new Set()
    for (const st of sf.statements)
      if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause))
        for (const e of st.exportClause.elements) exported.add((e.propertyName ?? e.name).text)
    const uses = new Map()
    const visit = (n) => {
      if (ts.isIdentifier(n)) uses.set(n.text, (uses.get(n.text) ?? 0) + 1)
      ts.forEachChild(n, visit)
    }
    visit(sf)
    const dead = sf.statements.filter((st) => {
      const name =
        ts.isVariableStatement(st) && st.declarationList.declarations.length === 1
          ? st.declarationList.declarations[0].name.getText(sf)
          : (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) && st.name.text
      return name && !exported.has(name) && uses.get(name) === 1
    })
    if (dead.length === 0) return text
    for (const st of dead.reverse()) text = text.slice(0, st.getFullStart()) + text.slice(st.end)
  }
}

/**
 * Rewrites every `.d.cts` file of `dir` in place (one program, so that imports between them resolve).
 * Returns what it rewrote: per file, its path relative to `dir`, the declarations spelled out
 * (`['type' | 'value', name]`) and its source before; and how many characters the files lost.
 */
export const spellOut = (dir) => {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.d.cts'))
    .map((f) => join(dir, f))
  const program = ts.createProgram(files, options)
  const checker = program.getTypeChecker()
  const rewritten = []
  let saved = 0
  for (const f of files) {
    const sf = program.getSourceFile(f)
    const { text, names } = rewrite(checker, sf)
    if (names.length === 0) continue
    saved += sf.text.length - text.length
    writeFileSync(f, text)
    rewritten.push({ file: f.slice(dir.length + 1), names, before: sf })
  }
  return { rewritten, saved }
}

/**
 * The proof: every declaration `spellOut` rewrote is identical to what it was (`before`), and assignable
 * each way, under both optional-property modes; throws, naming the declarations that are not.
 */
export const prove = (dir, rewritten) => {
  const scratch = mkdtempSync(join(tmpdir(), 'types-plain-'))
  try {
    for (const { file, before } of rewritten) {
      mkdirSync(join(scratch, 'a'), { recursive: true })
      writeFileSync(join(scratch, 'a', file), before.text)
    }
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.d.cts'))) {
      cpSync(join(dir, f), join(scratch, 'b', f))
      if (!rewritten.some((r) => r.file === f)) cpSync(join(dir, f), join(scratch, 'a', f))
    }
    const lines = [
      'type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false',
      // Identity sees `readonly`; assignability each way sees `| undefined` where exactOptionalPropertyTypes forbids it.
      'type Mutual<X, Y> = [X] extends [Y] ? ([Y] extends [X] ? true : false) : false',
      'type Same<X extends true> = X',
    ]
    for (const { file, names, before: sf } of rewritten) {
      const aliases = new Map()
      for (const st of sf.statements)
        if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause))
          for (const e of st.exportClause.elements) aliases.set((e.propertyName ?? e.name).text, e.name.text)
      const module = file.replace(/\.d\.cts$/, '.cjs')
      const ns = `M${lines.length}`
      lines.push(`import type * as ${ns}a from './a/${module}'`, `import type * as ${ns}b from './b/${module}'`)
      for (const [kind, name] of names) {
        // Declarations the file does not export are reached through those it does.
        const alias = aliases.get(name)
        if (alias === undefined) continue
        const [a, b] =
          kind === 'value'
            ? [`typeof ${ns}a.${alias}`, `typeof ${ns}b.${alias}`]
            : [`${ns}a.${alias}`, `${ns}b.${alias}`]
        lines.push(
          `export type ${ns}_${kind}_${alias} = [Same<Equal<${a}, ${b}>>, Same<Mutual<${a}, ${b}>>] // ${name}`,
        )
      }
    }
    writeFileSync(join(scratch, 'proof.ts'), lines.join('\n') + '\n')
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
    for (const exact of [true, false]) {
      const compilerOptions = { ...options, lib: ['es2022', 'dom'], module: 'nodenext', skipLibCheck: true }
      compilerOptions.exactOptionalPropertyTypes = exact
      writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['proof.ts'] }))
      try {
        execFileSync(process.execPath, [tsc, '-p', join(scratch, 'tsconfig.json')], { encoding: 'utf8' })
      } catch (e) {
        const differ = [...String(e.stdout).matchAll(/proof\.ts\((\d+),/g)].map(
          ([, line]) => / \/\/ (.*)$/.exec(lines[Number(line) - 1] ?? '')?.[1],
        )
        throw new Error(
          `types-plain: spelled out, ${[...new Set(differ)].join(', ')} differ from the types derived from the codecs (exactOptionalPropertyTypes: ${exact}):\n${e.stdout}`,
          { cause: e },
        )
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = join(root, 'dist')
  const { rewritten, saved } = spellOut(dist)
  prove(dist, rewritten)
  const count = rewritten.reduce((n, { names }) => n + names.length, 0)
  const size = `${Math.abs(Math.round(saved / 1024))} KB ${saved < 0 ? 'more' : 'less'}`
  console.log(`types-plain: ${count} declarations spelled out and proved identical (${size} of declarations)`)
}
