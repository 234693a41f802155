/**
 * The house rules as code: the import graph of utils/, components/ and entrypoints/ read with
 * TypeScript's own parser (a regex misses multi-line imports and `export … from`), and checkers
 * that take a graph, so each rule can be shown failing on a small made-up graph.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '../..');
export const FLOORS = ['utils', 'components', 'entrypoints'] as const;

export interface Edge {
  /** Repo-relative target file, or the bare package name for node_modules. */
  to: string;
  /** `import type` / `export type`: gone after compilation, but still ties the folders together. */
  typeOnly: boolean;
}
/** Repo-relative file → what it imports, plus its text (for the rules about contents). */
export interface Graph {
  edges: Map<string, Edge[]>;
  text: Map<string, string>;
}

const isSource = (f: string) => /\.(ts|tsx)$/.test(f) && !/\.d\.ts$/.test(f);
export const isTest = (f: string) => /\.test\.(ts|tsx)$/.test(f) || f.includes('/testing') || f.startsWith('tests/');

/** Every source file of the three floors, repo-relative, sorted. */
export function sourceFiles(root = ROOT): string[] {
  const out: string[] = [];
  for (const floor of FLOORS) {
    for (const f of fs.readdirSync(path.join(root, floor), { recursive: true, encoding: 'utf8' })) {
      if (isSource(f)) out.push(`${floor}/${f.split(path.sep).join('/')}`);
    }
  }
  return out.sort();
}

/** Module specifiers of a file: static imports, `export … from`, `import()`; with their type-only flag. */
export function specifiers(file: string, text: string): { spec: string; typeOnly: boolean }[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: { spec: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const c = node.importClause;
      // `import { type A, type B }` is type-only too when every named binding is.
      const allTypes = !!c && !c.name && !!c.namedBindings && ts.isNamedImports(c.namedBindings) && c.namedBindings.elements.length > 0 && c.namedBindings.elements.every((e) => e.isTypeOnly);
      found.push({ spec: node.moduleSpecifier.text, typeOnly: !!c?.isTypeOnly || allTypes });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push({ spec: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ spec: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** A specifier as a repo-relative file (WXT's aliases @/ ~/ @@/ ~~/ are the root), or the package name. */
export function resolve(from: string, spec: string, exists: (f: string) => boolean): string {
  let base: string;
  const alias = /^(?:@@|~~|@|~)\/(.*)$/.exec(spec);
  if (alias) base = alias[1]!;
  else if (spec.startsWith('.')) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  else return spec; // a package, by its full specifier (wxt/browser is not wxt/utils/storage)
  for (const c of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) if (exists(c) && isSource(c)) return c;
  return base; // a non-source asset (css, json, svg): kept as is
}

export function readGraph(root = ROOT): Graph {
  const files = sourceFiles(root);
  const known = new Set(files);
  const exists = (f: string) => known.has(f) || fs.existsSync(path.join(root, f));
  const edges = new Map<string, Edge[]>();
  const text = new Map<string, string>();
  for (const f of files) {
    const t = fs.readFileSync(path.join(root, f), 'utf8');
    text.set(f, t);
    edges.set(f, specifiers(f, t).map(({ spec, typeOnly }) => ({ to: resolve(f, spec, exists), typeOnly })));
  }
  return { edges, text };
}

/** A graph from a literal, for the tests of the tests: { 'utils/a.ts': ['utils/b.ts'] }. */
export function graphOf(spec: Record<string, string[]>, text: Record<string, string> = {}): Graph {
  const edges = new Map<string, Edge[]>();
  for (const [f, to] of Object.entries(spec)) edges.set(f, to.map((t) => ({ to: t, typeOnly: false })));
  for (const f of Object.keys(text)) if (!edges.has(f)) edges.set(f, []);
  return { edges, text: new Map(Object.entries(text)) };
}

// ---------------------------------------------------------------------------------------------
// Rules. Each returns the list of violations as readable lines; [] means the rule holds.

/** utils/ is the ground floor: it never imports from components/ or entrypoints/. */
export function upwardImports(g: Graph): string[] {
  const out: string[] = [];
  for (const [f, es] of g.edges) {
    if (!f.startsWith('utils/')) continue;
    for (const e of es) if (/^(components|entrypoints)\//.test(e.to)) out.push(`${f} imports ${e.to} (utils/ must not import from ${e.to.split('/')[0]}/)`);
  }
  return out;
}

/**
 * Every import circle among the project's files, each as its path "a → b → … → a" (one per
 * strongly connected component, the shortest circle through its first file), type-only edges
 * included: they tie folders together just the same.
 */
export function cycles(g: Graph): string[] {
  const nodes = [...g.edges.keys()].sort();
  const next = (n: string) => (g.edges.get(n) ?? []).map((e) => e.to).filter((t) => g.edges.has(t));
  // Tarjan's strongly connected components, iteratively (deep graphs would overflow recursion).
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const comps: string[][] = [];
  for (const start of nodes) {
    if (idx.has(start)) continue;
    const work: [string, string[]][] = [];
    const enter = (n: string) => {
      idx.set(n, index);
      low.set(n, index++);
      stack.push(n);
      onStack.add(n);
      work.push([n, next(n)]);
    };
    enter(start);
    while (work.length) {
      const top = work[work.length - 1]!;
      const [n, rest] = top;
      const m = rest.shift();
      if (m !== undefined) {
        if (!idx.has(m)) enter(m);
        else if (onStack.has(m)) low.set(n, Math.min(low.get(n)!, idx.get(m)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1]![0];
        low.set(parent, Math.min(low.get(parent)!, low.get(n)!));
      }
      if (low.get(n) === idx.get(n)) {
        const comp: string[] = [];
        let x: string;
        do {
          x = stack.pop()!;
          onStack.delete(x);
          comp.push(x);
        } while (x !== n);
        if (comp.length > 1 || next(n).includes(n)) comps.push(comp.sort());
      }
    }
  }
  return comps.map((comp) => {
    const inComp = new Set(comp);
    const first = comp[0]!;
    // Shortest path first → … → first inside the component (breadth-first).
    const prev = new Map<string, string>();
    const queue = [first];
    let end: string | undefined;
    while (queue.length && !end) {
      const n = queue.shift()!;
      for (const m of next(n)) {
        if (!inComp.has(m)) continue;
        if (m === first) {
          end = n;
          break;
        }
        if (!prev.has(m)) {
          prev.set(m, n);
          queue.push(m);
        }
      }
    }
    const chain = [first];
    for (let n = end!; n !== first; n = prev.get(n)!) chain.splice(1, 0, n);
    return `${[...chain, first].join(' → ')}${comp.length > chain.length ? ` (${comp.length} files in this knot)` : ''}`;
  });
}

/**
 * Facebook/Instagram DOM knowledge: what only a page's markup can answer. A selector or attribute
 * test naming the composer's ARIA/Lexical/contenteditable markup, or a label in Facebook's words.
 * Generic DOM work (textContent, focus, an <a> of our own) is not knowledge of their page.
 */
export const DOM_KNOWLEDGE: { re: RegExp; what: string }[] = [
  // Attribute selectors and attribute reads of the page's markup: [role=…], [aria-…], [data-…], [contenteditable].
  { re: /\[\s*(?:role|aria-[a-z]+|data-[a-z-]+|contenteditable)\s*(?:[~|^$*]?=[^\]]*)?\]/, what: 'an attribute selector' },
  { re: /\.(?:getAttribute|hasAttribute|closest|querySelector(?:All)?|matches)\(\s*['"`][^'"`]*(?:role|aria-|data-lexical|contenteditable|data-pagelet|data-testid)/, what: 'a DOM query on page markup' },
  { re: /data-lexical|__lexical|lexical-editor/i, what: "Lexical's markup" },
  { re: /\.isContentEditable\b|contentEditable\s*[=!]==?/, what: 'a contenteditable test' },
  { re: /['"`](?:dialog|textbox|button|menuitem|presentation)['"`]\s*(?:\)|===|!==)/, what: 'an ARIA role test' },
];

/** Files (repo-relative) outside the allowed ones whose non-comment code shows DOM knowledge. */
export function domKnowledge(g: Graph, allowed: (f: string) => boolean): string[] {
  const out: string[] = [];
  for (const [f, t] of g.text) {
    if (allowed(f) || isTest(f) || f.startsWith('components/')) continue;
    const code = stripComments(t);
    for (const { re, what } of DOM_KNOWLEDGE) {
      const m = re.exec(code);
      if (m) {
        out.push(`${f}: ${what} (${JSON.stringify(m[0])}) — Facebook/Instagram markup belongs in utils/composer/dom.ts`);
        break; // one line per file is enough to find it
      }
    }
  }
  return out;
}

/** Only the db folder may open Dexie: `new Dexie`, a Dexie subclass, or importing the dexie package's value. */
export function dexieOpeners(g: Graph, allowed: (f: string) => boolean): string[] {
  const out: string[] = [];
  for (const [f, es] of g.edges) {
    if (allowed(f) || isTest(f)) continue;
    const code = stripComments(g.text.get(f) ?? '');
    if (/\bnew\s+Dexie\b|extends\s+Dexie\b/.test(code)) out.push(`${f}: opens a Dexie database (only utils/db/ may)`);
    else if (es.some((e) => e.to === 'dexie' && !e.typeOnly) && /import\s+Dexie\b|import\s*\{[^}]*\bDexie\b[^}]*\}\s*from\s*['"]dexie['"]/.test(code)) {
      out.push(`${f}: imports the Dexie class (only utils/db/ may; use the db or its repos)`);
    }
  }
  return out;
}

/** Files that import a module outside the allow-list (the browser API: wxt/browser, the polyfill). */
export function importersOf(g: Graph, modules: string[], allowed: Set<string>): string[] {
  const out: string[] = [];
  for (const [f, es] of g.edges) {
    if (allowed.has(f) || isTest(f)) continue;
    const hit = es.find((e) => !e.typeOnly && modules.some((m) => e.to === m || e.to.startsWith(`${m}/`)));
    if (hit) out.push(`${f} imports ${hit.to} (not in the allow-list in tests/house/rules.test.ts: pass the browser in, or add it there with a reason)`);
  }
  return out;
}

/** Every file a file loads at run time (type-only imports are erased), itself included. */
export function closure(g: Graph, from: string): string[] {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const e of g.edges.get(f) ?? []) if (!e.typeOnly) queue.push(e.to);
  }
  return [...seen].sort();
}

/** Comments out, strings kept (selectors are strings); good enough for the rules above. */
export function stripComments(code: string): string {
  const sf = ts.createSourceFile('x.tsx', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const printer = ts.createPrinter({ removeComments: true });
  return printer.printFile(sf);
}
