/**
 * The SVG map's countries: the first paint's paths (or the same built from the shapes), each status
 * a class, changed only where it changed; outlines for the selected, pointed-at and keyboard-focused country and the
 * announced withdrawals; the 1:50m shapes swapped in place when the reader zooms in.
 */
import type { Status } from '../../data/status';
import type { CountryShapes } from '../geometry';
import { pathData } from '../first-paint-shapes';

const SVG_NS = 'http://www.w3.org/2000/svg';

export type OutlineRole = 'selected' | 'hover' | 'focus';

export class SvgCountries {
  private readonly world: SVGGElement;
  private readonly outlines: SVGGElement;
  private readonly small: SVGGElement | null;
  private classes = new Map<Element, string>();
  private roles: Record<OutlineRole, string | null> = { selected: null, hover: null, focus: null };
  private announcedKey = '';

  constructor(svg: SVGSVGElement) {
    this.world = svg.querySelector('#fp-world')!;
    this.small = svg.querySelector('#fp-small');
    this.outlines = document.createElementNS(SVG_NS, 'g');
    this.outlines.setAttribute('class', 'outlines');
    this.world.insertBefore(this.outlines, this.small);
  }

  /** Every shaded element with its iso3: the country paths and the small states' dots. */
  private shaded(): SVGElement[] {
    return [...this.world.querySelectorAll<SVGElement>('[data-c]')];
  }

  /** The country's path (not its small-state dot), if drawn. */
  path(iso3: string): SVGPathElement | null {
    return this.world.querySelector<SVGPathElement>(`path[data-c="${iso3}"]`);
  }

  /** Colours every country for its status; only the elements whose class changes are touched. */
  setStatuses(statuses: ReadonlyMap<string, Status>): void {
    for (const el of this.shaded()) {
      const cls = `fp-${statuses.get(el.dataset.c!) ?? 'notCovered'}`;
      if (this.classes.get(el) === cls) continue;
      el.setAttribute('class', cls);
      this.classes.set(el, cls);
    }
  }

  /** Replaces the shapes by finer ones (the 1:50m detail): paths keep their element, new areas get one. */
  setShapes(shapes: CountryShapes, statuses: ReadonlyMap<string, Status>): void {
    for (const f of shapes.features) {
      const { iso3, name } = f.properties;
      const existing = iso3
        ? this.path(iso3)
        : [...this.world.querySelectorAll<SVGPathElement>('path[data-n]')].find((p) => p.dataset.n === name);
      const el = existing ?? document.createElementNS(SVG_NS, 'path');
      el.setAttribute('d', pathData(f.geometry));
      if (!existing) {
        if (iso3) el.dataset.c = iso3;
        if (!iso3 && name) el.dataset.n = name;
        el.setAttribute('class', `fp-${(iso3 && statuses.get(iso3)) || 'notCovered'}`);
        this.world.insertBefore(el, this.outlines);
      }
    }
    this.classes = new Map();
    this.setStatuses(statuses);
    this.drawOutlines();
    this.announcedKey = `${this.announcedKey}!`; // redraw the dashed outlines from the new shapes next time
  }

  /** Outlines a country as selected or pointed at (null: none); a small state's dot gets a ring. */
  outline(role: OutlineRole, iso3: string | null): void {
    if (this.roles[role] === iso3) return;
    const before = this.roles[role];
    this.roles = { ...this.roles, [role]: iso3 };
    for (const [code, on] of [
      [before, false],
      [iso3, true],
    ] as const) {
      const dot = code ? this.small?.querySelector<SVGElement>(`[data-c="${code}"]`) : null;
      if (dot && on) dot.dataset.ring = role;
      else if (dot && dot.dataset.ring === role) delete dot.dataset.ring;
    }
    this.drawOutlines();
  }

  private drawOutlines(): void {
    for (const el of [...this.outlines.querySelectorAll('.hover, .selected, .focus, .focus-halo')])
      el.remove();
    // The focus ring goes on top: a white halo, then the dark line.
    if (this.roles.focus) this.outlines.append(this.copy(this.roles.focus, 'focus-halo'));
    for (const role of ['hover', 'selected', 'focus'] as const) {
      const iso3 = this.roles[role];
      if (!iso3 || (role === 'hover' && iso3 === this.roles.selected)) continue;
      this.outlines.append(this.copy(iso3, role));
    }
  }

  /** Dashed outlines of the states that announced a withdrawal they have not notified. */
  setAnnounced(iso3s: readonly string[]): void {
    const key = iso3s.join();
    if (key === this.announcedKey) return;
    this.announcedKey = key;
    for (const el of [...this.outlines.querySelectorAll('.announced')]) el.remove();
    for (const iso3 of iso3s) this.outlines.prepend(this.copy(iso3, 'announced'));
  }

  private copy(iso3: string, role: string): SVGPathElement {
    const el = document.createElementNS(SVG_NS, 'path');
    el.setAttribute('class', `outline ${role}`);
    el.setAttribute('d', this.path(iso3)?.getAttribute('d') ?? '');
    return el;
  }
}
