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

/** Rewrites `t.section.key` chains in `code` (a module importing `t` from i18n/current). */
export function inlineMessages(
  code: string,
  file: string,
  catalogue: ReadonlyMap<string, ReadonlyMap<string, string>>,
): { code: string; helpers: Set<string> } {
  const helpers = new Set<string>();
  const chain = /(?<![\w$.])t\.([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)/g;
  const out = code.replace(chain, (whole, section: string, key: string) => {
    const members = catalogue.get(section);
    if (!members) return whole;
    const js = members.get(key);
    if (js === undefined) throw new Error(`${file}: t.${section}.${key}: no such message in the catalogue`);
    let body = js;
    for (const h of HELPERS) {
      const call = new RegExp(`(?<![\\w$.])${h}\\(`, 'g');
      if (call.test(body)) {
        helpers.add(h);
        body = body.replace(call, `__i18n_${h}(`);
      }
    }
    return /^(['"]).*\1$/s.test(body) ? body : `(${body})`;
  });
  return { code: out, helpers };
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
        /(=)?\{\s*t\.([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)\s*\}/g,
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
    transform(code, id) {
      const file = id.split('?')[0];
      if (file.startsWith(I18N) || !file.startsWith(resolve('src')) || !IMPORTS_T.test(code)) return;
      const markup = file.endsWith('.svelte') ? inlineMarkup(code, file, catalogue) : code;
      const { code: out, helpers } = inlineMessages(markup, file, catalogue);
      if (!helpers.size) return { code: out, map: null };
      const names = [...helpers].map((h) => `${h} as __i18n_${h}`).join(', ');
      const line = `import { ${names} } from ${JSON.stringify(helpersFile)};\n`;
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
