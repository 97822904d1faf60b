// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { userEvent } from '@testing-library/user-event';
import { tick } from 'svelte';
import PanelHarness from './PanelHarness.svelte';
import { sampleAppData } from '../fixtures/make';

afterEach(cleanup);

function setup(date = '2026-11-01') {
  const user = userEvent.setup();
  const r = render(PanelHarness, { props: { data: sampleAppData(), date } });
  return { user, ...r };
}

describe('country panel', () => {
  it('opens as a region named after the country, with its status and treaty dates, and takes focus', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Open Mongolia' }));
    const region = screen.getByRole('region', { name: 'Mongolia' });
    expect(region).toHaveTextContent('State Party on 1 November 2026');
    expect(region).toHaveTextContent('Ratified');
    expect(region).toHaveTextContent('11 April 2002');
    expect(screen.getByRole('heading', { name: 'Mongolia' })).toHaveFocus();
  });

  it('closes with its close button and gives focus back to what opened it', async () => {
    const { user } = setup();
    const opener = screen.getByRole('button', { name: 'Open Mongolia' });
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: /Close the panel on Mongolia/ }));
    await tick();
    expect(screen.queryByRole('region', { name: 'Mongolia' })).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('closes with Escape (the page’s own key rule), unless a dialog is open over it', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Open Mongolia' }));
    const dialog = document.body.appendChild(document.createElement('dialog'));
    dialog.setAttribute('open', '');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('region', { name: 'Mongolia' })).toBeInTheDocument();
    dialog.remove();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Mongolia' })).toBeNull();
  });

  it('links every source by who is speaking, and flags the uncertain fact where it is stated', async () => {
    const { component } = setup();
    (component as unknown as { state: { selection: { select(c: string): void } } }).state.selection.select(
      'RUS',
    );
    await tick();
    const region = screen.getByRole('region', { name: 'Russia' });
    expect(region).toHaveTextContent('Withdrew its signature');
    // Once by the status it determines, once by the date in the list; the reason is given.
    expect(screen.getAllByText('Uncertain: date the signature was withdrawn')).toHaveLength(2);
    expect(region).toHaveTextContent('The day the UN received the notice was not found.');
    const link = screen.getByRole('link', {
      name: 'Source: A test publisher — independent press: A test source',
    });
    expect(link).toHaveAttribute('href', 'https://example.org/source');
    expect(link).toHaveTextContent('A test publisher');
  });

  it('puts no uncertainty flag on a country whose facts are certain', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Open Mongolia' }));
    expect(screen.getByRole('region', { name: 'Mongolia' })).not.toHaveTextContent('Uncertain');
  });
});
