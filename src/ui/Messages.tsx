import { useFacetStore } from '../runtime/react'

/** Polite notices (a bad link, a missing feature), dismissible, announced to screen readers. */
export function Messages() {
  const messages = useFacetStore((s) => s.messages)
  const dismiss = useFacetStore((s) => s.dismiss)
  return (
    <div className="messages" role="status" aria-live="polite">
      {messages.map((m) => (
        <p key={m.id} className={`message ${m.tone}`} data-testid="message">
          {m.text}
          <button type="button" onClick={() => dismiss(m.id)} aria-label="Dismiss">
            ×
          </button>
        </p>
      ))}
    </div>
  )
}
