// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { userEvent } from '@testing-library/user-event';
import TimelineHarness from './TimelineHarness.svelte';
import { sampleAppData } from '../fixtures/make';

afterEach(cleanup);

function setup(date = '2024-01-01') {
  const user = userEvent.setup();
  render(TimelineHarness, { props: { data: sampleAppData(), date } });
  return { user, slider: screen.getByRole('slider', { name: 'Date' }) };
}

describe('timeline', () => {
  it('is a slider whose value reads as a date and a tally', () => {
    const { slider } = setup();
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      '1 January 2024: 1 trip since the warrant, 0 to States Parties',
    );
    expect(screen.getByText('1 January 2024', { selector: 'time' })).toBeInTheDocument();
  });

  it('moves a day with the arrow keys, a month with Page keys, and to the ends with Home and End', async () => {
    const { user, slider } = setup();
    slider.focus();
    await user.keyboard('{ArrowRight}');
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^2 January 2024/);
    await user.keyboard('{PageUp}');
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^2 February 2024/); // a calendar month, not 30 days
    await user.keyboard('{PageDown}');
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^2 January 2024/);
    await user.keyboard('{End}');
    expect(slider.getAttribute('aria-valuetext')).toMatch(
      /^22 November 2026: 2 trips since the warrant, 1 to States Parties/,
    );
    await user.keyboard('{Home}');
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^1 July 2002/);
    expect(screen.getByText(/Before the arrest warrant/)).toBeInTheDocument();
  });

  it('steps to the next and previous event with its buttons', async () => {
    const { user, slider } = setup();
    await user.click(screen.getByRole('button', { name: 'Next event' }));
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^1 February 2024/); // Armenia’s entry into force
    await user.click(screen.getByRole('button', { name: 'Next event' }));
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^2 September 2024: 2 trips/);
    await user.click(screen.getByRole('button', { name: 'Back to the previous event' }));
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^1 February 2024/);
  });

  it('has a Play button that becomes Pause', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: /Play/ }));
    expect(screen.getByRole('button', { name: /Pause/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Pause/ }));
    expect(screen.getByRole('button', { name: /Play/ })).toBeInTheDocument();
  });

  it('shows the whole span for a date before the warrant, so the handle and the label agree', async () => {
    setup('2010-01-01');
    expect(screen.getByRole('radio', { name: '2002 – today' })).toBeChecked();
    cleanup();
    const { user, slider } = setup('2024-01-01');
    expect(screen.getByRole('radio', { name: 'Since the warrant' })).toBeChecked();
    slider.focus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('radio', { name: '2002 – today' })).toBeChecked();
    // Back to "Since the warrant": the date moves to the warrant, inside the span shown.
    await user.click(screen.getByRole('radio', { name: 'Since the warrant' }));
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^17 March 2023/);
  });
});
