// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { userEvent } from '@testing-library/user-event';
import SearchHarness from './SearchHarness.svelte';
import { sampleAppData } from '../fixtures/make';

afterEach(cleanup);

function setup() {
  const user = userEvent.setup();
  render(SearchHarness, { props: { data: sampleAppData() } });
  const box = screen.getByRole('combobox', { name: 'Find a country' });
  const open = () => screen.getByTestId('open').textContent;
  return { user, box, open };
}

describe('country search (a combobox)', () => {
  it('lists matches as the reader types, the first active, and Enter opens it', async () => {
    const { user, box, open } = setup();
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.type(box, 'mong');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = screen.getAllByRole('option');
    expect(options[0]).toHaveTextContent('Mongolia');
    expect(box).toHaveAttribute('aria-activedescendant', options[0].id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(open()).toBe('MNG');
    expect(box).toHaveValue('');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('moves through the matches with the arrow keys, wrapping round', async () => {
    const { user, box, open } = setup();
    await user.type(box, 'r'); // Armenia, Hungary, Kyrgyzstan, Russia… (names with an r)
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[1].id);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(box).toHaveAttribute('aria-activedescendant', options[options.length - 1].id);
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0].id);
    await user.keyboard('{ArrowUp}');
    const last = options[options.length - 1].textContent!;
    await user.keyboard('{Enter}');
    expect(open()).not.toBe('none');
    expect(sampleAppData().countries.countries.find((c) => c.iso3 === open())?.name).toBe(last.trim());
  });

  it('says so when nothing matches, and Enter then opens nothing', async () => {
    const { user, box, open } = setup();
    await user.type(box, 'zzzz');
    expect(screen.getByRole('option')).toHaveTextContent('No country matches “zzzz”');
    await user.keyboard('{Enter}');
    expect(open()).toBe('none');
  });

  it('Escape closes the list, then clears the box, and only then reaches the open panel', async () => {
    const { user, box, open } = setup();
    await user.type(box, 'china');
    await user.keyboard('{Enter}');
    expect(open()).toBe('CHN');
    await user.type(box, 'arm');
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('arm');
    expect(open()).toBe('CHN');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(open()).toBe('CHN');
    await user.keyboard('{Escape}');
    expect(open()).toBe('none');
  });

  it('opens a match chosen with the pointer', async () => {
    const { user, box, open } = setup();
    await user.type(box, 'hun');
    await user.pointer({ keys: '[MouseLeft]', target: screen.getByRole('option', { name: /Hungary/ }) });
    expect(open()).toBe('HUN');
  });
});
