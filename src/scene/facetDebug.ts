/** What the person doing a stretch lends (scene/StretchFigure.tsx; read by test/e2e/figure.test.ts). */
export interface FigureDebug {
  /** Seen: the stretch is playing and the person is not hidden. */
  shown: boolean
  /** The card's body position ('sitting', 'supine', …). */
  position: string
  /** Where the head and the left hand are, mm, in the spine's frame. */
  head: number[]
  hands: number[]
}

/** The entries of `window.facetDebug` as declared in FrameReporter.tsx, with those lent from elsewhere. */
export type FacetDebug = NonNullable<Window['facetDebug']>

/**
 * Lends entries to `window.facetDebug` (what the benchmark and the browser tests read; not part of the
 * stable API) for as long as their owner is mounted: merged with what other parts of the 3D view lend,
 * whichever mounts first, and taken back by the returned function.
 */
export function lendDebug(entries: Partial<FacetDebug>): () => void {
  // the spine's view lends renderInfo and forcedRenderMs; a part mounted before it lends only its own
  window.facetDebug = { ...window.facetDebug, ...entries } as FacetDebug
  return () => {
    const debug = window.facetDebug as Partial<FacetDebug> | undefined
    if (debug) for (const key of Object.keys(entries)) delete debug[key as keyof FacetDebug]
  }
}
