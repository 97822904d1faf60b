// @vitest-environment jsdom
// Presentation mode's code is a chunk of its own, loaded when a lesson starts: the reader is never
// left with a blank screen when it is slow or does not arrive.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { userEvent } from '@testing-library/user-event';
import type { Component } from 'svelte';
import LessonHarness from './LessonHarness.svelte';
import StubLesson from './StubLesson.svelte';
import { LESSON_CODE_MISSING } from '../../src/components/lesson/PresentationLoader.svelte';
import { sampleAppData } from '../fixtures/make';

afterEach(cleanup);

const lesson = { default: StubLesson as unknown as Component };
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

describe('presentation mode’s loader', () => {
  it('says the lesson is loading, then shows it', async () => {
    let arrive = () => {};
    const load = () => new Promise<typeof lesson>((resolve) => (arrive = () => resolve(lesson)));
    render(LessonHarness, { props: { data: sampleAppData(), load } });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the lesson…');
    arrive();
    expect(await screen.findByText('The lesson’s first step')).toBeInTheDocument();
  });

  it('when the code does not arrive: says so in the caption, and Try again loads it', async () => {
    const user = userEvent.setup();
    let calls = 0;
    const load = () => (++calls === 1 ? offline() : Promise.resolve(lesson));
    render(LessonHarness, { props: { data: sampleAppData(), load } });
    expect(await screen.findByRole('alert')).toHaveTextContent(LESSON_CODE_MISSING);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The lesson’s first step')).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it.each([
    [
      'the Exit button',
      (user: ReturnType<typeof userEvent.setup>) =>
        user.click(screen.getByRole('button', { name: 'Exit (Esc)' })),
    ],
    ['Escape', (user: ReturnType<typeof userEvent.setup>) => user.keyboard('{Escape}')],
  ])('when the code does not arrive, %s leaves presentation mode', async (_, leave) => {
    const user = userEvent.setup();
    const { component } = render(LessonHarness, { props: { data: sampleAppData(), load: offline } });
    await screen.findByRole('alert');
    await leave(user);
    expect(await screen.findByText('The map')).toBeInTheDocument();
    expect((component as unknown as { state: { lesson: { slide: unknown } } }).state.lesson.slide).toBeNull();
  });
});
