/**
 * Whether the reader has asked their system for less motion (`prefers-reduced-motion: reduce`). Camera
 * moves then jump to where they were going instead of easing there (WCAG 2.3.3, animation from
 * interactions). Read at each move, so a change of the setting applies from the next one; false where
 * there is no `matchMedia` (Node, old browsers).
 */
export function prefersReducedMotion(
  view: { matchMedia?: (query: string) => { matches: boolean } } | undefined = globalThis.window,
): boolean {
  return view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
}
