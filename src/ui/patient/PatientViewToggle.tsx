import { useEffect } from 'react'
import { useFacetStore } from '../../runtime/react'
import { PATIENT_STRINGS } from './strings'
import './patient.css'

/**
 * The one control that turns the page toward a patient and back. The view mode lives in the store (and so
 * in the link, `mode=patient`); the page's look follows from one attribute on <html> that patient.css
 * keys on, so no component has a second, patient-only version.
 */
export function PatientViewToggle() {
  const mode = useFacetStore((s) => s.viewMode)
  const setViewMode = useFacetStore((s) => s.setViewMode)
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
      title={on ? PATIENT_STRINGS.toggleTitleOn : PATIENT_STRINGS.toggleTitleOff}
      onClick={() => setViewMode(on ? 'explore' : 'patient')}
    >
      {PATIENT_STRINGS.toggle}
    </button>
  )
}
