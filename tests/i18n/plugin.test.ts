// The build's compiler of words (build/i18n-plugin.ts): each language's text goes into its build's
// code in place of `t.section.key`, and a missing message stops the build naming where.
import { describe, expect, it } from 'vitest';
import { catalogueSource, inlineMarkup, inlineMessages, missingMessages } from '../../build/i18n-plugin';

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
    expect(code).toMatch(/\{\(+asOf, address\) => ` — une carte des États Parties/);
    expect(code).not.toMatch(/t\.app\./);
  });

  it('escapes what markup would read as HTML or as an expression', () => {
    const cat = new Map([['app', new Map([['x', JSON.stringify('a <b> & {c} "d"')]])]]);
    expect(inlineMarkup('<p>{t.app.x}</p>', 'X.svelte', cat)).toBe(
      '<p>a &lt;b> &amp; &#123;c&#125; &quot;d&quot;</p>',
    );
  });

  it('imports the counting helpers a function message needs, under names no module uses', () => {
    const cat = new Map([['app', new Map([['n', '((n) => plural(n, { one: "# a", other: "# b" }))']])]]);
    const out = inlineMessages('import { t } from "../i18n/current"; f(t.app.n(3));', 'y.ts', cat);
    expect(out.code).toContain('__i18n_plural(n,');
    expect([...out.helpers]).toEqual(['plural']);
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
