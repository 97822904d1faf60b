/**
 * One build per language (`vite build --mode fr`): the page's words are compiled into its code, so a
 * reader downloads one language and an English page carries no catalogue at all.
 *
 * The source reads messages as `t.<section>.<key>` (src/lib/i18n/current.ts, which is what unit and
 * component tests run). In a build this plugin replaces every such chain, in every module that
 * imports `t`, with the build language's text: a string becomes a string literal (Svelte then writes
 * it into its static template), a function or an object its source, type-stripped, with the counting
 * helpers (i18n/plural.ts) imported where it needs them. A key the catalogue lacks fails the build,
 * naming the file and the key; so does a message function that uses anything but its parameters and
 * those helpers. current.ts itself is swapped for a module that only knows the build's language.
 */
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { LANGS, LOCALE, type Lang } from '../src/lib/i18n/langs.ts';

const I18N = resolve('src/lib/i18n');
/** The helpers a message function may call (exported by i18n/plural.ts). */
const HELPERS = ['plural', 'num', 'list'] as const;

/** The build's language: the Vite mode when it names one (`--mode fr`), else English. */
export function buildLang(mode: string | undefined): Lang {
  return (LANGS as readonly string[]).includes(mode ?? '') ? (mode as Lang) : 'en';
}

/** Each section's members as JavaScript source, read from src/lib/i18n/<lang>/<section>.ts. */
export function catalogueSource(lang: Lang, sections: readonly string[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const section of sections) {
    const file = resolve(I18N, lang, `${section}.ts`);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const members = new Map<string, string>();
    const visit = (node: ts.Node) => {
      if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.name.text === section &&
        node.initializer
      ) {
        let init: ts.Expression = node.initializer;
        while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)) init = init.expression;
        if (!ts.isObjectLiteralExpression(init))
          throw new Error(`${file}: \`${section}\` is not an object literal`);
        for (const p of init.properties) {
          if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))
            throw new Error(`${file}: every member of \`${section}\` must be \`key: value\``);
          const value = p.initializer;
          members.set(
            p.name.text,
            ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)
              ? JSON.stringify(value.text)
              : toJs(value.getText(source), file, p.name.text),
          );
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    if (members.size === 0 && !/=\s*\{\s*\}/.test(source.text))
      throw new Error(`${file}: no \`export const ${section} = { … }\` found`);
    out.set(section, members);
  }
  return out;
}

/**
 * Every English message `other` lacks, and every message it has that English does not, as lines
 * naming the file, the key and the language (the build stops on any).
 */
export function missingMessages(
  english: ReadonlyMap<string, ReadonlyMap<string, string>>,
  other: ReadonlyMap<string, ReadonlyMap<string, string>>,
  lang: Lang,
): string[] {
  const lines: string[] = [];
  for (const [section, members] of english) {
    const theirs = other.get(section) ?? new Map<string, string>();
    const file = `src/lib/i18n/${lang}/${section}.ts`;
    for (const key of members.keys())
      if (!theirs.has(key)) lines.push(`${file}: message "${key}" has no ${lang} translation`);
    for (const key of theirs.keys())
      if (!members.has(key))
        lines.push(`${file}: message "${key}" is not in the English catalogue (en/${section}.ts)`);
  }
  return lines;
}

/** A member's initializer as plain JavaScript, checked to use nothing but its parameters and HELPERS. */
function toJs(text: string, file: string, key: string): string {
  const js = ts
    .transpileModule(`(${text})`, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, removeComments: true },
    })
    .outputText.trim()
    .replace(/;$/, '');
  const free = freeIdentifiers(js).filter((id) => !(HELPERS as readonly string[]).includes(id));
  if (free.length)
    throw new Error(
      `${file}: message \`${key}\` uses ${free.join(', ')}; only its parameters and ${HELPERS.join(', ')} may be used`,
    );
  return js;
}

const GLOBALS = new Set(['undefined', 'String', 'Number', 'Math', 'Intl', 'Array', 'JSON', 'Object']);

/** Identifiers a snippet reads that it does not declare (parameters), globals apart. */
function freeIdentifiers(js: string): string[] {
  const source = ts.createSourceFile('m.js', js, ts.ScriptTarget.ES2022, true);
  const declared = new Set<string>();
  const used = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isParameter(node) && ts.isIdentifier(node.name)) declared.add(node.name.text);
    else if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isProperty =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node);
      if (!isProperty && !(ts.isParameter(parent) && parent.name === node)) used.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...used].filter((id) => !declared.has(id) && !GLOBALS.has(id));
}

/** The name a non-text message is exported under from the build's module of messages. */
const binding = (section: string, key: string) => `__i18n_${section}_${key}`;

/** Each non-text message is a module of its own (`virtual:i18n/section.key`), shared by every module using it. */
export const MESSAGES_MODULE = 'virtual:i18n/';

/**
 * Rewrites `t.section.key` chains in `code` (a module importing `t` from i18n/current): a text
 * becomes its string literal; a function or an object, the name it has in the build's module of
 * messages (messagesModule), so each is defined once however many modules use it.
 */
export function inlineMessages(
  code: string,
  file: string,
  catalogue: ReadonlyMap<string, ReadonlyMap<string, string>>,
): { code: string; used: Set<string> } {
  const used = new Set<string>();
  const chain = /(?<![\w$.])t\s*\.\s*([A-Za-z_$][\w$]*)\s*\.\s*([A-Za-z_$][\w$]*)/g;
  let out = '';
  let from = 0;
  for (let m = chain.exec(code); m; m = chain.exec(code)) {
    const [whole, section, key] = m;
    const members = catalogue.get(section);
    if (!members) continue;
    const js = members.get(key);
    if (js === undefined) throw new Error(`${file}: t.${section}.${key}: no such message in the catalogue`);
    let replacement: string;
    let end = m.index + whole.length;
    const call = /^\s*\(/.test(code.slice(end)) ? callArguments(code, code.indexOf('(', end)) : null;
    // The arguments may read messages too: they are compiled first.
    const args = call?.args.map((a) => {
      const inner = inlineMessages(a, file, catalogue);
      inner.used.forEach((u) => used.add(u));
      return inner.code;
    });
    const inlined = call && args ? substitute(js, args) : null;
    if (/^(['"]).*\1$/s.test(js)) replacement = js;
    else if (call && inlined !== null) {
      replacement = inlined;
      end = call.end;
    } else {
      used.add(binding(section, key));
      replacement = binding(section, key);
    }
    out += code.slice(from, m.index) + replacement;
    from = end;
    chain.lastIndex = end;
  }
  return { code: out + code.slice(from), used };
}

/** The arguments of the call whose "(" is at `open`, as source text, and the index after its ")". */
function callArguments(code: string, open: number): { args: string[]; end: number } | null {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  const stack: string[] = [];
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    const quote = stack[stack.length - 1];
    if (quote === "'" || quote === '"' || quote === '`') {
      if (c === '\\') i++;
      else if (c === quote) stack.pop();
      else if (quote === '`' && c === '$' && code[i + 1] === '{') {
        stack.push('${');
        i++;
      }
      continue;
    }
    if (c === "'" || c === '"' || c === '`') stack.push(c);
    else if (c === '(' || c === '[' || c === '{') {
      stack.push(c);
      depth++;
    } else if (c === '}' && quote === '${') {
      stack.pop(); // back in the template literal
    } else if (c === ')' || c === ']' || c === '}') {
      stack.pop();
      depth--;
      if (depth === 0) {
        const last = code.slice(start, i).trim();
        if (last) args.push(last);
        return { args, end: i + 1 };
      }
    } else if (c === ',' && depth === 1 && stack.length === 1) {
      args.push(code.slice(start, i).trim());
      start = i + 1;
    }
  }
  return null;
}

/**
 * A call of a function message written out: its body with each parameter replaced by the call's
 * argument, when that is exact (no helper called, each parameter used at most once, no more
 * arguments than parameters); else null, and the call goes to the message's module.
 */
function substitute(js: string, args: readonly string[]): string | null {
  if (HELPERS.some((h) => new RegExp(`(?<![\\w$.])${h}\\(`).test(js))) return null;
  const source = ts.createSourceFile('m.js', js, ts.ScriptTarget.ES2022, true);
  let fn: ts.ArrowFunction | null = null;
  const find = (n: ts.Node): void => {
    if (!fn && ts.isArrowFunction(n)) fn = n;
    else ts.forEachChild(n, find);
  };
  find(source);
  const arrow = fn as ts.ArrowFunction | null;
  if (!arrow || ts.isBlock(arrow.body)) return null;
  const params = arrow.parameters.map((p) =>
    ts.isIdentifier(p.name) && !p.initializer ? p.name.text : null,
  );
  if (params.includes(null) || args.length > params.length) return null;
  const spots: { at: number; end: number; arg: string }[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && params.includes(n.text)) {
      const parent = n.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === n) ||
        (ts.isPropertyAssignment(parent) && parent.name === n);
      if (!isName)
        spots.push({
          at: n.getStart(source),
          end: n.getEnd(),
          arg: args[params.indexOf(n.text)] ?? 'undefined',
        });
    }
    ts.forEachChild(n, visit);
  };
  visit(arrow.body);
  const names = spots.map((s) => js.slice(s.at, s.end));
  if (new Set(names).size !== names.length) return null;
  let body = js.slice(arrow.body.getStart(source), arrow.body.getEnd());
  const offset = arrow.body.getStart(source);
  for (const spot of spots.sort((x, y) => y.at - x.at))
    body = body.slice(0, spot.at - offset) + `(${spot.arg})` + body.slice(spot.end - offset);
  return `(${body})`;
}

/** The module of one function or object message (`virtual:i18n/section.key`), with the helpers it calls. */
export function messageModule(
  catalogue: ReadonlyMap<string, ReadonlyMap<string, string>>,
  id: string,
  helpersFile: string,
): string | null {
  const [section, key] = id.slice(MESSAGES_MODULE.length).split('.');
  const js = catalogue.get(section)?.get(key);
  if (js === undefined) return null;
  const helpers = HELPERS.filter((h) => new RegExp(`(?<![\\w$.])${h}\\(`).test(js));
  const imports = helpers.length
    ? `import { ${helpers.join(', ')} } from ${JSON.stringify(helpersFile)};\n`
    : '';
  return `${imports}export default ${js};\n`;
}

/** Text as Svelte markup reads it back: entities for what HTML or Svelte would otherwise parse. */
function markupText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;');
}

/**
 * In a component's markup (outside <script> and <style>), a plain-string message in braces becomes
 * text (`{t.app.title}` → the words; `aria-label={t.app.map}` → `aria-label="…"`), so Svelte puts
 * it in its static template rather than setting it from code: no bytes per message beyond the text.
 */
export function inlineMarkup(
  code: string,
  file: string,
  catalogue: ReadonlyMap<string, ReadonlyMap<string, string>>,
): string {
  const parts = code.split(/(<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>)/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part.replace(
        /(=)?\{\s*t\s*\.\s*([A-Za-z_$][\w$]*)\s*\.\s*([A-Za-z_$][\w$]*)\s*\}/g,
        (whole, eq, section, key) => {
          const js = catalogue.get(section)?.get(key);
          if (js === undefined) {
            if (catalogue.has(section))
              throw new Error(`${file}: t.${section}.${key}: no such message in the catalogue`);
            return whole;
          }
          if (!/^(['"]).*\1$/s.test(js)) return whole;
          const text = markupText(Function(`return ${js}`)() as string);
          return eq ? `="${text}"` : text;
        },
      );
    })
    .join('');
}

const IMPORTS_T = /import\s*\{[^}]*\bt\b[^}]*\}\s*from\s*['"][./]*(?:lib\/)?i18n\/current(?:\.ts)?['"]/;

export function i18nPlugin(lang: Lang, sections: readonly string[]): Plugin {
  let catalogue: Map<string, Map<string, string>>;
  const current = resolve(I18N, 'current.ts');
  const localeState = resolve(I18N, 'locale-state.ts');
  const helpersFile = resolve(I18N, 'plural.ts');
  return {
    name: 'i18n-inline',
    enforce: 'pre',
    // Every build; and the dev server when it is asked for a language (`vite --mode fr`), not the
    // unit tests, which run the catalogue itself (current.ts) in English or the language they set.
    apply: (_, env) => env.command === 'build' || lang !== 'en',
    buildStart() {
      catalogue = catalogueSource(lang, sections);
      const missing = missingMessages(catalogueSource('en', sections), catalogue, lang);
      if (missing.length) this.error(missing.join('\n'));
    },
    load(id) {
      if (id.startsWith(`\0${MESSAGES_MODULE}`)) return messageModule(catalogue, id.slice(1), helpersFile);
      // The build's language, fixed: no catalogue, no switching.
      if (id === current)
        return (
          `export const t = {};\n` +
          `export { lang, locale } from ${JSON.stringify(localeState)};\n` +
          `export function useLanguage() {}\n`
        );
      if (id === localeState)
        return (
          `export function lang() { return ${JSON.stringify(lang)}; }\n` +
          `export function locale() { return ${JSON.stringify(LOCALE[lang])}; }\n` +
          `export function setLang() {}\n`
        );
    },
    resolveId(id) {
      return id.startsWith(MESSAGES_MODULE) ? `\0${id}` : null;
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (file.startsWith(I18N) || !file.startsWith(resolve('src')) || !IMPORTS_T.test(code)) return;
      const markup = file.endsWith('.svelte') ? inlineMarkup(code, file, catalogue) : code;
      const { code: out, used } = inlineMessages(markup, file, catalogue);
      // Anything still reading the catalogue at run time would read an empty object: stop here.
      const left = new RegExp(
        `(?<![\\w$.])t\\s*\\.\\s*(?:${sections.join('|')})\\b(?!\\s*\\.\\s*[A-Za-z_$])`,
      ).exec(out);
      if (left) this.error(`${file}: \`${left[0]}\` read whole; read its messages as t.section.key`);
      if (!used.size) return { code: out, map: null };
      const line = [...used]
        .map(
          (name) =>
            `import ${name} from ${JSON.stringify(MESSAGES_MODULE + name.slice(7).replace('_', '.'))};\n`,
        )
        .join('');
      if (file.endsWith('.svelte')) {
        const open = /<script(?![^>]*module)[^>]*>/.exec(out);
        if (!open) return { code: `<script lang="ts">\n${line}</script>\n${out}`, map: null };
        const at = open.index + open[0].length;
        return { code: `${out.slice(0, at)}\n${line}${out.slice(at)}`, map: null };
      }
      return { code: line + out, map: null };
    },
  };
}
