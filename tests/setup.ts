import '@testing-library/jest-dom/vitest';

// jsdom has no ResizeObserver (Svelte's bind:clientWidth uses it): a no-op stand-in.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
