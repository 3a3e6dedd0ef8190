import { useEffect } from 'react'
import { useFacetStore, useRuntime } from '../runtime/react'
import { useT } from './i18n'
import { LazyFeature } from './LazyFeature'

/** The flashcards' code, their deck and its texts come when they are first opened. */
export const loadFlashcards = () => import('./Flashcards').then((m) => m.Flashcards)

/** The header's button that opens the flashcards. */
export function FlashcardsButton() {
  const t = useT()
  const open = useFacetStore((s) => s.flashcardsOpen)
  const setOpen = useFacetStore((s) => s.setFlashcardsOpen)
  return (
    <button type="button" aria-pressed={open} onClick={() => setOpen(!open)}>
      {t('flashcards.title')}
    </button>
  )
}

/** Where the flashcards show, over the 3D view, once opened; a self-test started meanwhile takes their place. */
export function FlashcardsSlot() {
  const t = useT()
  const open = useFacetStore((s) => s.flashcardsOpen)
  const setOpen = useFacetStore((s) => s.setFlashcardsOpen)
  const { store } = useRuntime()
  useEffect(
    () =>
      store.subscribe((s, p) => {
        if (s.quiz && !p.quiz && s.flashcardsOpen) s.setFlashcardsOpen(false)
      }),
    [store],
  )
  if (!open) return null
  return (
    <LazyFeature load={loadFlashcards} label={t('flashcards.title')} wanted={open} onDismiss={() => setOpen(false)} />
  )
}
