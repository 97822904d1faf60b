import { describe, expect, it } from 'vitest';
import { qrPath } from '../../src/lib/state/qr';

describe('QR code', () => {
  it('encodes a link locally as an SVG path with the three finder squares', () => {
    const { size, d } = qrPath('https://example.org/map/?present=1&step=5&country=MNG#map=3/47/104');
    expect(size).toBeGreaterThanOrEqual(25);
    // Finder patterns: the top-left 7×7 corner starts dark at (0,0) and (6,6).
    expect(d).toContain('M0,0h1v1h-1z');
    expect(d).toContain('M6,6h1v1h-1z');
    expect(d).toContain(`M${size - 1},0h1v1h-1z`);
  });

  it('differs for different links', () => {
    expect(qrPath('https://example.org/?step=1').d).not.toBe(qrPath('https://example.org/?step=2').d);
  });
});
