import { useEffect } from 'react'
import { useFacetStore } from '../../runtime/react'
import { useT } from '../i18n'
import './patient.css'

/**
 * The one control that turns the page toward a patient and back. The view mode lives in the store (and so
 * in the link, `mode=patient`); the page's look follows from one attribute on <html> that patient.css
 * keys on, so no component has a second, patient-only version.
 */
export function PatientViewToggle() {
  const mode = useFacetStore((s) => s.viewMode)
  const setViewMode = useFacetStore((s) => s.setViewMode)
  const t = useT()
  useEffect(() => {
    const root = document.documentElement
    root.dataset.viewMode = mode
    return () => {
      delete root.dataset.viewMode
    }
  }, [mode])
  const on = mode === 'patient'
  return (
    <button
      type="button"
      className="patient-toggle"
      aria-pressed={on}
      title={on ? t('patient.toggleTitleOn') : t('patient.toggleTitleOff')}
      onClick={() => setViewMode(on ? 'explore' : 'patient')}
    >
      {t('patient.toggle')}
    </button>
  )
}
