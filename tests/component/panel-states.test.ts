// @vitest-environment jsdom
// The country panel with the real data, in every situation a teacher will ask about.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import PanelHarness from './PanelHarness.svelte';
import { APP_DATA } from '../../src/lib/data/static-data';

afterEach(cleanup);

function panel(country: string, date = '2026-11-22') {
  render(PanelHarness, { props: { data: APP_DATA, date, country } });
  const name = [...APP_DATA.countries.countries, ...APP_DATA.territories].find(
    (c) => c.iso3 === country,
  )!.name;
  return screen.getByRole('region', { name });
}

describe('country panel states', () => {
  it('a State Party he visited (Mongolia): the duty, the visit, not arrested, the Court’s 2024 finding', async () => {
    const p = panel('MNG');
    expect(p).toHaveTextContent(
      'Mongolia is a State Party: if Vladimir Putin is on its territory it must arrest him',
    );
    const visit = within(p).getByRole('list', { name: /Visit \d+: Ulaanbaatar, 2\s*–\s*3 September 2024/ });
    expect(visit).toHaveTextContent('Not arrested.');
    expect(visit).toHaveTextContent(/24 October 2024, Pre-Trial Chamber II: .*87\(7\)/);
    await waitFor(() => expect(within(visit).getAllByRole('link').length).toBeGreaterThan(3), {
      timeout: 5000,
    });
  });

  it('a State Party he visited where the Court has not (yet) responded (Tajikistan) says so', () => {
    const p = panel('TJK');
    expect(p).toHaveTextContent('Not arrested.');
    expect(p).toHaveTextContent('No decision of the Court on this visit was found (checked to');
  });

  it('a State Party he did not visit', () => {
    const p = panel('FRA');
    expect(p).toHaveTextContent('France is a State Party');
    expect(p).toHaveTextContent('Vladimir Putin has not visited France since the warrant');
  });

  it('a non-party he visited: no duty under the Statute (China; the United States after withdrawing its signature)', () => {
    const cn = panel('CHN');
    expect(cn).toHaveTextContent(
      'China is not a party to the Statute, so the Statute gives it no duty to arrest him',
    );
    expect(
      within(cn).getAllByRole('list', { name: /^Visit \d+: (Beijing|Tianjin)/ }).length,
    ).toBeGreaterThanOrEqual(3);
    cleanup();
    const us = panel('USA');
    expect(us).toHaveTextContent('that it will not become a party');
    expect(within(us).getByRole('list', { name: /Anchorage, 15 August 2025/ })).toBeInTheDocument();
  });

  it('a signatory (Kyrgyzstan): no duty to arrest, only not to defeat the treaty’s purpose', () => {
    const p = panel('KGZ');
    expect(p).toHaveTextContent(
      'Kyrgyzstan signed the Statute but has not ratified it, so it has no duty to arrest him',
    );
  });

  it('states that withdrew (Burundi, the Philippines): when it took effect, and what still binds them', () => {
    expect(panel('BDI')).toHaveTextContent(/Burundi left the Statute on 27 October 2017 \(Article 127\)/);
    cleanup();
    expect(panel('PHL')).toHaveTextContent(
      /The Philippines left the Statute on 17 March 2019 \(Article 127\)/,
    );
  });

  it('Ukraine: Article 12(3) declarations, membership since 2025, occupied territory as the Court’s jurisdiction', () => {
    const p = panel('UKR');
    expect(p).toHaveTextContent('declarations in 2014 and 2015 (Article 12(3))');
    expect(p).toHaveTextContent('It has been a State Party since 1 January 2025');
    expect(within(p).getAllByRole('list', { name: /^Visit \d+: (Mariupol|Sevastopol)/ }).length).toBe(2);
  });

  it('a summit he stayed away from (South Africa) shows how Russia took part and why', () => {
    const p = panel('ZAF');
    expect(p).toHaveTextContent('Stayed away');
    expect(p).toHaveTextContent('BRICS');
  });

  it('flags uncertain facts visibly (the Gambia’s dates)', () => {
    const p = panel('GMB');
    expect(p).toHaveTextContent('State Party since 1 October 2002 at the latest');
    expect(within(p).getAllByText(/^Uncertain: .*entry into force/).length).toBeGreaterThan(0);
  });

  it('flags Malta’s signature day, never its (certain) party status', () => {
    const p = panel('MLT');
    const flags = within(p)
      .getAllByTestId('uncertain')
      .map((f) => f.querySelector('summary')!.textContent);
    expect(flags.length).toBeGreaterThan(0);
    for (const f of flags) expect(f).not.toMatch(/entry into force|ratification or accession/);
    expect(flags.some((f) => /signature date/.test(f!))).toBe(true);
  });

  it('a non-party that accepted the Court’s jurisdiction (Libya, 2025) must cooperate for the crimes it covers', () => {
    expect(panel('LBY')).toHaveTextContent(
      'Libya is not a State Party, but it accepted the Court’s jurisdiction by a declaration under Article 12(3) (12 May 2025)',
    );
  });

  it('a withdrawal announced but not notified (Mali) is an announcement, and Mali is still a State Party', () => {
    const p = panel('MLI');
    expect(p).toHaveTextContent('State Party on 22 November 2026');
    expect(within(p).getByTestId('announcement')).toHaveTextContent(
      'Announced on 22 September 2025, not a withdrawal',
    );
  });

  it('a dependent territory says whether the Statute applies there (Greenland before and after 2004)', () => {
    expect(panel('GRL', '2003-06-01')).toHaveTextContent(
      'Left out of Denmark’s ratification until 1 October 2004.',
    );
    cleanup();
    expect(panel('GRL', '2005-06-01')).toHaveTextContent('Covered by Denmark’s ratification.');
    cleanup();
    expect(panel('PRI')).toHaveTextContent('A territory of the United States');
  });

  it('lists every source of the panel by who is speaking (Mongolia: the Court, state-owned media, the press…)', async () => {
    const p = panel('MNG');
    // The sources come in their own chunk, fetched when the panel first asks for them.
    const list = await within(p).findByTestId('panel-sources', {}, { timeout: 5000 });
    expect(list).toHaveTextContent('International Criminal Court — ');
    expect(list).toHaveTextContent('(state-owned media)');
  });

  it('marks each source’s title with its language, English unless the data says otherwise (Venezuela: the Spanish press)', async () => {
    const p = panel('VEN');
    const list = await within(p).findByTestId('panel-sources', {}, { timeout: 5000 });
    const spanish = within(list).getByRole('link', { name: /^Venezuela aprueba ley para derogar/ });
    expect(spanish).toHaveAttribute('lang', 'es');
    const langs = within(list)
      .getAllByRole('link')
      .filter((a) => !a.classList.contains('copy'))
      .map((a) => a.getAttribute('lang'));
    expect(langs).toContain('en');
  });
});
