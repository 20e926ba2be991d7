// Type-checks the `@example` blocks of the public API's JSDoc (what TypeDoc shows) with the TypeScript compiler API.
// Each example becomes a module of its own that imports every public name of its entry, unless it writes its own imports.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The public entries: package specifier → source file (as in package.json's exports and tsup.config.ts). */
export const ENTRIES: Readonly<Record<string, string>> = {
  werkmatch: 'src/index.ts',
  'werkmatch/rules': 'src/rules/index.ts',
  'werkmatch/tune': 'src/tune/index.ts',
  'werkmatch/node': 'src/node/index.ts',
};

export interface DocExample {
  /** Entry specifier and the documented name, e.g. `werkmatch › Matcher.score`. */
  readonly where: string;
  readonly entry: string;
  /** Source file and line of the JSDoc tag, for a readable failure. */
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

export interface ExampleProblem {
  readonly where: string;
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

function compilerOptions(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(repository, 'tsconfig.dev.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => console.error(d.messageText) });
  if (!parsed) throw new Error('cannot read tsconfig.dev.json');
  return { ...parsed.options, noEmit: true };
}

/** The code of an `@example`: the fenced blocks if it has any, else the whole text (as TypeDoc shows it). */
function exampleCode(text: string): string {
  const fences = [...text.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return fences.length > 0 ? fences.join('\n') : text;
}

function jsDocExamples(node: ts.Node): { code: string; line: number }[] {
  return ts
    .getJSDocTags(node)
    .filter((tag) => tag.tagName.text === 'example')
    .map((tag) => ({
      code: exampleCode(ts.getTextOfJSDocComment(tag.comment) ?? ''),
      line: tag.getSourceFile().getLineAndCharacterOfPosition(tag.getStart()).line + 1,
    }));
}

/** Declarations whose JSDoc TypeDoc shows for a symbol: the declaration and the members of an interface, class or object type. */
function documented(decl: ts.Declaration): [name: string | undefined, node: ts.Node][] {
  const out: [string | undefined, ts.Node][] = [[undefined, decl]];
  const members = ts.isInterfaceDeclaration(decl) || ts.isClassDeclaration(decl) ? decl.members : ts.isTypeAliasDeclaration(decl) && ts.isTypeLiteralNode(decl.type) ? decl.type.members : [];
  for (const member of members) out.push([member.name && ts.isIdentifier(member.name) ? member.name.text : undefined, member]);
  return out;
}

interface Collected {
  readonly examples: DocExample[];
  /** Per entry, the names a plain example may use: values and types. */
  readonly names: Map<string, { values: string[]; types: string[] }>;
  readonly program: ts.Program;
}

/** Every `@example` on the public surface of the entries, with the names each entry exports. */
export function collectExamples(entries: Readonly<Record<string, string>> = ENTRIES): Collected {
  const options = compilerOptions();
  const files = Object.values(entries).map((f) => join(repository, f));
  const program = ts.createProgram(files, options);
  const checker = program.getTypeChecker();
  const examples: DocExample[] = [];
  const names = new Map<string, { values: string[]; types: string[] }>();
  const seen = new Set<ts.Node>();
  for (const [entry, file] of Object.entries(entries)) {
    const source = program.getSourceFile(join(repository, file));
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`no module for ${file}`);
    const values: string[] = [];
    const types: string[] = [];
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      (symbol.flags & ts.SymbolFlags.Value ? values : types).push(exported.name);
      for (const decl of symbol.declarations ?? []) {
        for (const [member, node] of documented(decl)) {
          if (seen.has(node)) continue;
          seen.add(node);
          for (const { code, line } of jsDocExamples(node)) {
            examples.push({ where: `${entry} › ${exported.name}${member ? `.${member}` : ''}`, entry, file: node.getSourceFile().fileName.slice(repository.length + 1), line, code });
          }
        }
      }
    }
    names.set(entry, { values, types });
  }
  return { examples, names, program };
}

/** The module an example is checked as: its own imports, or every public name of its entry. */
export function exampleModule(example: Pick<DocExample, 'entry' | 'code'>, names: { values: readonly string[]; types: readonly string[] }): string {
  if (/^\s*import\s/m.test(example.code)) return `${example.code}\nexport {};\n`;
  const imports = [
    names.values.length > 0 ? `import { ${names.values.join(', ')} } from '${example.entry}';` : '',
    names.types.length > 0 ? `import type { ${names.types.join(', ')} } from '${example.entry}';` : '',
  ].join('\n');
  return `${imports}\n${example.code}\nexport {};\n`;
}

/** Type-checks examples; returns one problem per diagnostic, at the example's place in the source. */
export function checkExamples(examples: readonly DocExample[], collected: Pick<Collected, 'names' | 'program'>): ExampleProblem[] {
  const options = collected.program.getCompilerOptions();
  const virtual = new Map<string, DocExample>();
  const texts = new Map<string, string>();
  examples.forEach((example, i) => {
    const name = join(repository, 'test/docs', `__example_${i}.ts`);
    virtual.set(name, example);
    texts.set(name, exampleModule(example, collected.names.get(example.entry) ?? { values: [], types: [] }));
  });
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = texts.get(fileName);
    return text === undefined ? getSourceFile(fileName, languageVersion, onError, shouldCreate) : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => texts.has(fileName) || fileExists(fileName);
  const program = ts.createProgram({ rootNames: [...texts.keys()], options, host, oldProgram: collected.program });
  const problems: ExampleProblem[] = [];
  for (const [name, example] of virtual) {
    const source = program.getSourceFile(name)!;
    for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
      const at = d.start === undefined ? '' : ` (${source.getLineAndCharacterOfPosition(d.start).line + 1}: ${source.text.slice(d.start, d.start + (d.length ?? 0))})`;
      problems.push({ where: example.where, file: example.file, line: example.line, message: `${ts.flattenDiagnosticMessageText(d.messageText, '\n')}${at}` });
    }
  }
  return problems;
}
