import { createPortal } from 'react-dom'
import { SOURCES } from '../anatomy/sources'
import { EMERGENCY_SIGNS, SEE_A_CLINICIAN } from '../content/redFlags'
import type { StretchCard } from '../content/schema'

/**
 * A one-page handout to take home, for printing: the stretch with its steps and dose, when to stop and
 * who should skip it, and the warning signs. Hidden on screen; only it prints. Nothing about the
 * patient is asked for, stored or sent.
 */
export function Handout({ card }: { card: StretchCard }) {
  const d = card.dose
  const keys = [...new Set([...card.sources, ...d.sources])]
  return createPortal(
    <article className="handout">
      <h1>{card.name}</h1>
      <p>{card.purpose.plain}</p>
      <h2>How to do it</h2>
      <ol>
        {card.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <h2>How much</h2>
      <p>
        Hold {d.holdSeconds} seconds. Do it {d.reps} times{d.sets > 1 ? `, ${d.sets} sets` : ''}, {d.perDay} time
        {d.perDay > 1 ? 's' : ''} a day.
      </p>
      <p>
        <b>You should feel:</b> {card.shouldFeel} <b>You should not feel:</b> {card.shouldNotFeel}
      </p>
      <h2>Stop if</h2>
      <ul>
        {card.stopIf.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <h2>Skip it if</h2>
      <ul>
        {card.skipIf.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <h2>Get help now (emergency) if you have</h2>
      <ul>
        {EMERGENCY_SIGNS.map((f) => (
          <li key={f.id}>{f.plain}</li>
        ))}
      </ul>
      <h2>See a clinician before cracking or stretching if you have</h2>
      <ul>
        {SEE_A_CLINICIAN.map((f) => (
          <li key={f.id}>{f.plain}</li>
        ))}
      </ul>
      <p className="handout-small">
        From Facet, for learning, not medical advice. Sources: {keys.map((k) => SOURCES[k].citation).join(' · ')}
      </p>
    </article>,
    document.body,
  )
}
