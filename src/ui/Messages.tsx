import { useFacetStore } from '../runtime/react'
import { useT } from './i18n'

/** Polite notices (a bad link, a missing feature), dismissible, announced to screen readers. */
export function Messages() {
  const messages = useFacetStore((s) => s.messages)
  const dismiss = useFacetStore((s) => s.dismiss)
  const t = useT()
  return (
    <div className="messages" role="status" aria-live="polite">
      {messages.map((m) => (
        <p key={m.id} className={`message ${m.tone}`} data-testid="message">
          {/* a message by id (a link's problems) is put into words here, so it follows the language */}
          {typeof m.text === 'string' ? m.text : t(m.text.id, m.text.values)}
          <button type="button" onClick={() => dismiss(m.id)} aria-label={t('common.dismiss')}>
            ×
          </button>
        </p>
      ))}
    </div>
  )
}
