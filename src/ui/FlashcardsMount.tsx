import { useFacetStore } from '../runtime/react'
import { FLASHCARD_STRINGS as T } from './FlashcardsStrings'
import { LazyFeature } from './LazyFeature'

/** The flashcards' code, their deck and its texts come when they are first opened. */
export const loadFlashcards = () => import('./Flashcards').then((m) => m.Flashcards)

/** The header's button that opens the flashcards. */
export function FlashcardsButton() {
  const open = useFacetStore((s) => s.flashcardsOpen)
  const setOpen = useFacetStore((s) => s.setFlashcardsOpen)
  return (
    <button type="button" aria-pressed={open} onClick={() => setOpen(!open)}>
      {T.open}
    </button>
  )
}

/** Where the flashcards show, over the 3D view, once opened. */
export function FlashcardsSlot() {
  const open = useFacetStore((s) => s.flashcardsOpen)
  const setOpen = useFacetStore((s) => s.setFlashcardsOpen)
  if (!open) return null
  return <LazyFeature load={loadFlashcards} label={T.title} wanted={open} onDismiss={() => setOpen(false)} />
}
