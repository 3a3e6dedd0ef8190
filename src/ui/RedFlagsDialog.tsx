import { EMERGENCY_SIGNS, SEE_A_CLINICIAN } from '../content/redFlags'
import { useFacetStore } from '../store'
import { ClaimList } from './ClaimList'
import { useModalDialog } from './useModalDialog'

/** The warning signs: when to get emergency care, and when to see a clinician rather than crack or stretch. */
export function RedFlagsDialog() {
  const open = useFacetStore((s) => s.redFlagsOpen)
  const setOpen = useFacetStore((s) => s.setRedFlagsOpen)
  const detailed = useFacetStore((s) => s.moreDetail)
  const dialog = useModalDialog('redFlags', open)
  return (
    <dialog
      ref={dialog}
      className="red-flags"
      data-panel="redFlags"
      aria-labelledby="red-flags-title"
      onClose={() => setOpen(false)}
    >
      {open && <RedFlagsContent detailed={detailed} onClose={() => setOpen(false)} />}
    </dialog>
  )
}

/** Built only while the dialog is open. */
function RedFlagsContent({ detailed, onClose }: { detailed: boolean; onClose: () => void }) {
  return (
    <>
      <h2 id="red-flags-title" tabIndex={-1} data-panel-heading>
        Warning signs
      </h2>
      <section>
        <h3>Go to an emergency department now if you have</h3>
        <ClaimList claims={EMERGENCY_SIGNS} detailed={detailed} />
      </section>
      <section>
        <h3>Don’t crack or stretch — see a clinician first if you have</h3>
        <ClaimList claims={SEE_A_CLINICIAN} detailed={detailed} />
      </section>
      <p className="disclaimer">Facet is for learning. It is not medical advice and cannot assess you.</p>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </>
  )
}

/** The one-tap way to the warning signs, placed wherever cracking or stretching is discussed. */
export function RedFlagsButton() {
  const setOpen = useFacetStore((s) => s.setRedFlagsOpen)
  return (
    <button type="button" className="red-flags-button" onClick={() => setOpen(true)}>
      ⚠ Warning signs
    </button>
  )
}
