import type { StoreApi } from 'zustand/vanilla'
import type { FacetState } from '../store'

/** What Escape closes, topmost first. */
export type EscapeTarget = 'dialog' | 'closeUp' | 'stretch' | 'quiz' | 'compare' | 'selection'

/**
 * The one thing Escape should close now: a dialog (Warning signs, Why backs crack, Sources) sits over
 * everything, then the close-up, then a stretch card, then the quiz, then comparing; only when nothing is open does
 * Escape clear the selection. Null: nothing to do.
 */
export function escapeTarget(s: FacetState): EscapeTarget | null {
  if (s.redFlagsOpen || s.panel !== 'none') return 'dialog'
  if (s.closeUpJoint !== null) return 'closeUp'
  if (s.openStretchId !== null) return 'stretch'
  if (s.quiz !== null) return 'quiz'
  if (s.compareLevels !== null && s.compareLevels.length > 0) return 'compare'
  if (s.selected !== null) return 'selection'
  return null
}

/**
 * Closes the topmost panel. `stopStretch` stops a stretch's motion on the spine (it lives in a chunk
 * loaded with the card). An open modal <dialog> closes itself on Escape (and gives focus back), so the
 * caller skips this while one is open; the store is closed here only if no dialog element is showing.
 */
export function closeTopmost(store: StoreApi<FacetState>, stopStretch: () => void): EscapeTarget | null {
  const s = store.getState()
  const target = escapeTarget(s)
  if (target === 'dialog') {
    // Sources can open over Warning signs; it is the one on top
    if (s.panel !== 'none') s.setPanel('none')
    else s.setRedFlagsOpen(false)
  } else if (target === 'closeUp') s.closeCloseUp()
  else if (target === 'stretch') {
    stopStretch()
    s.openStretch(null)
  } else if (target === 'quiz') s.endQuiz()
  else if (target === 'compare') s.endCompare()
  else if (target === 'selection') s.select(null)
  return target
}
