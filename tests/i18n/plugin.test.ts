// The build's compiler of words (build/i18n-plugin.ts): each language's text goes into its build's
// code in place of `t.section.key`, and a missing message stops the build naming where.
import { describe, expect, it } from 'vitest';
import {
  catalogueSource,
  inlineMarkup,
  inlineMessages,
  messageModule,
  missingMessages,
} from '../../build/i18n-plugin';

const SECTIONS = ['app'];
const fr = catalogueSource('fr', SECTIONS);

describe('compiling the words into a build', () => {
  it('puts a message’s text in place of t.section.key in markup, attributes and code', () => {
    const svelte = `<script lang="ts">import { t } from './lib/i18n/current';</script>
<h1>{t.app.title}</h1><main aria-label={t.app.mapRegion}><p title="{t.app.language}: x">{t.app.citeRest(a, b)}</p></main>`;
    const markup = inlineMarkup(svelte, 'X.svelte', fr);
    expect(markup).toContain('<h1>Qui doit arrêter Vladimir Poutine\u202f?</h1>');
    expect(markup).toContain('aria-label="Carte"');
    expect(markup).toContain('title="Langue: x"');
    const code = inlineMessages(markup, 'X.svelte', fr).code;
    // The call written out: the message's words with its arguments in place.
    expect(code).toMatch(/\{\(` — une carte des États Parties[^`]*\$\{\(a\)\}, \$\{\(b\)\}\.`\)\}/);
    expect(messageModule(fr, 'virtual:i18n/app.citeRest', 'p.ts')).toMatch(
      /default \(+asOf, address\) => ` — une carte des États Parties/,
    );
    expect(code).not.toMatch(/t\.app\./);
  });

  it('escapes what markup would read as HTML or as an expression', () => {
    const cat = new Map([['app', new Map([['x', JSON.stringify('a <b> & {c} "d"')]])]]);
    expect(inlineMarkup('<p>{t.app.x}</p>', 'X.svelte', cat)).toBe(
      '<p>a &lt;b> &amp; &#123;c&#125; &quot;d&quot;</p>',
    );
  });

  it('defines each function message once, in the build’s module of messages, with its helpers', () => {
    const cat = new Map([['app', new Map([['n', '((n) => plural(n, { one: "# a", other: "# b" }))']])]]);
    const out = inlineMessages(
      'import { t } from "../i18n/current"; f(t.app.n(3)); g(t.app.n(1));',
      'y.ts',
      cat,
    );
    expect(out.code).toContain('f(__i18n_app_n(3)); g(__i18n_app_n(1));');
    expect([...out.used]).toEqual(['__i18n_app_n']);
    const module = messageModule(cat, 'virtual:i18n/app.n', '/x/plural.ts');
    expect(module).toBe(
      'import { plural } from "/x/plural.ts";\nexport default ((n) => plural(n, { one: "# a", other: "# b" }));\n',
    );
  });

  it('writes out a call of a function message, messages in its arguments compiled too', () => {
    const cat = new Map([
      [
        'app',
        new Map([
          ['f', '((name, n) => `${name} (${n})`)'],
          ['title', '"Title"'],
        ]),
      ],
    ]);
    const out = inlineMessages('x = t.app.f(t.app.title, g(1, [2, 3]));', 'z.ts', cat).code;
    expect(out).toBe('x = (`${("Title")} (${(g(1, [2, 3]))})`);');
  });

  it('stops on a key the catalogue lacks, naming the file and the key', () => {
    expect(() => inlineMessages('t.app.nope', 'src/Foo.svelte', fr)).toThrow(
      'src/Foo.svelte: t.app.nope: no such message in the catalogue',
    );
  });

  it('names the file, the message and the language a translation is missing from', () => {
    const english = new Map([
      [
        'app',
        new Map([
          ['a', '"A"'],
          ['b', '"B"'],
        ]),
      ],
    ]);
    const french = new Map([['app', new Map([['a', '"A"']])]]);
    expect(missingMessages(english, french, 'fr')).toEqual([
      'src/lib/i18n/fr/app.ts: message "b" has no fr translation',
    ]);
  });
});
