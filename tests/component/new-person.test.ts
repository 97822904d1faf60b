// @vitest-environment jsdom
/**
 * Adding a person is data only: a warrant with a new personId and one visit that names it, added to
 * copies of the real data files, reach the checks, the layer's person filter, the map's layer and the
 * host's panel without a line of code changed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { readDataFiles } from '../../build/data-plugin';
import { parseDataset } from '../../src/lib/data/dataset';
import { precedentPersons, precedentsIn } from '../../src/lib/data/precedents';
import { AppState } from '../../src/lib/state/app-state.svelte';
import PanelHarness from './PanelHarness.svelte';

afterEach(cleanup);

const source = [
  { url: 'https://www.icc-cpi.int/news/a-synthetic-press-release', title: 'A synthetic source' },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw JSON, before its checks
function withNewPerson(): Record<string, any> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const raw = structuredClone(readDataFiles('data')) as Record<string, any>;
  raw.warrants.warrants.push({
    id: 'synthetic-2026',
    personId: 'synthetic',
    person: 'Ada Synthetic',
    status: 'at large',
    role: 'a person made up for this test',
    issued: '2026-01-15',
    chamber: 'Pre-Trial Chamber I',
    situation: 'A synthetic situation',
    charges: [{ text: 'a synthetic charge', articles: ['8(2)(a)(vii)'] }],
    responsibility: '',
    public: '2026-01-15',
    notes: '',
    research: '',
    confidence: 'high',
    uncertain: {},
    sources: source,
  });
  raw.precedents.visits.push({
    id: 'synthetic-2026-05-germany',
    person: 'synthetic',
    start: '2026-05-04',
    end: '2026-05-05',
    iso3: 'DEU',
    city: 'Berlin',
    lat: 52.52,
    lon: 13.405,
    event: 'A synthetic conference',
    outcome: 'not arrested',
    summary: 'A visit made up to show that a person is added by data alone.',
    decisions: [],
    notes: '',
    research: '',
    confidence: 'high',
    uncertain: {},
    sources: source,
  });
  return raw;
}

describe('adding a person is data only', () => {
  it('passes the checks and reaches the filter, the layer and the panel', async () => {
    const data = parseDataset(withNewPerson() as never);

    expect(precedentPersons(data).map((p) => p.name)).toContain('Ada Synthetic');
    expect(precedentsIn(data, 'DEU').map((p) => p.id)).toEqual(['synthetic-2026-05-germany']);

    const before = new AppState(data, { date: '2026-05-03', today: '2026-11-22' });
    before.ui.setPrecedents(true);
    expect(before.map.precedents).not.toContain('synthetic-2026-05-germany');
    const after = new AppState(data, { date: '2026-05-04', today: '2026-11-22' });
    after.ui.setPrecedents(true);
    expect(after.map.precedents).toContain('synthetic-2026-05-germany');
    after.ui.showPerson('synthetic', false);
    expect(after.map.precedents).not.toContain('synthetic-2026-05-germany');

    render(PanelHarness, { props: { data, date: '2026-11-01', country: 'DEU' } });
    const section = await screen.findByRole('region', { name: 'Germany' });
    const visit = within(section).getByRole('article', { name: /^Ada Synthetic, 4\s*–\s*5 May 2026$/ });
    expect(visit).toHaveTextContent('Berlin: A synthetic conference. Not arrested.');
    expect(visit).toHaveTextContent('No decision of the Court on this visit was found.');
  });
});
