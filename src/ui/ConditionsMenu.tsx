import { useEffect, useId, useRef, useState } from 'react'
import { CONDITION_IDS } from '../anatomy/conditionModels'
import { useFacetStore, useRuntime } from '../runtime/react'
import { useConditionName, useT } from './i18n'
import './ConditionsMenu.css'

/** The Conditions button and its list: choosing one shows it on the spine; the last item goes back to normal. */
export function ConditionsMenu() {
  const [open, setOpen] = useState(false)
  const t = useT()
  const nameOf = useConditionName()
  const shown = useFacetStore((s) => s.condition?.id ?? null)
  const moreDetail = useFacetStore((s) => s.moreDetail)
  const { store } = useRuntime()
  const listId = useId()
  const button = useRef<HTMLButtonElement>(null)
  const box = useRef<HTMLDivElement>(null)
  // a click anywhere else closes the list, as a menu does
  useEffect(() => {
    if (!open) return
    const away = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', away)
    return () => document.removeEventListener('pointerdown', away)
  }, [open])
  const close = () => {
    setOpen(false)
    button.current?.focus()
  }
  return (
    <div className="conditions-menu" ref={box}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        aria-pressed={shown !== null ? true : undefined}
        onClick={() => setOpen(!open)}
      >
        {t('conditions.menuButton')}
      </button>
      {open && (
        <ul
          id={listId}
          className="conditions-list"
          aria-label={t('conditions.menuLabel')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation()
              close()
            }
          }}
        >
          {CONDITION_IDS.map((id) => (
            <li key={id}>
              <button
                type="button"
                data-condition={id}
                aria-current={shown === id ? 'true' : undefined}
                onClick={() => {
                  store.getState().showCondition(id)
                  close()
                }}
              >
                {moreDetail ? nameOf(id).detailed : nameOf(id).plain}
              </button>
            </li>
          ))}
          {shown !== null && (
            <li>
              <button
                type="button"
                className="conditions-normal"
                onClick={() => {
                  store.getState().clearCondition({ keepSelection: true })
                  close()
                }}
              >
                {t('conditions.normalSpine')}
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  )
}
