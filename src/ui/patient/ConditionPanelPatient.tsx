import type { ConditionId } from '../../anatomy/conditionModels'
import { parseNeuralId } from '../../anatomy/neural'
import { type ConditionText, conditionById } from '../../content/conditions'
import { useRuntime } from '../../runtime/react'
import { Cite } from '../Cite'
import { ConditionVisit } from '../ConditionVisit'
import { useConditionContent, useConditionName, useT } from '../i18n'
import { RedFlagsButton } from '../RedFlagsDialog'
import '../ConditionPanel.css'

function PlainSection({ title, text }: { title: string; text: ConditionText }) {
  return (
    <section>
      <h3>{title}</h3>
      <p>
        {text.plain} <Cite keys={text.sources} />
      </p>
    </section>
  )
}

/**
 * The condition panel in the patient view: plain words only (no More detail, no clinical terms; a grade
 * only in its plain wording, which says what the number means), the pressed nerve named plainly next to
 * its colour on the spine, and the warning signs first among the actions, a tap away. The large type and
 * touch targets come from patient.css, as for every panel. Mounted by ConditionPanel (whose hooks keep
 * the focus bookkeeping) in the patient view.
 */
export function ConditionPanelPatient({ id }: { id: ConditionId }) {
  const c = useConditionContent(conditionById(id))
  const t = useT()
  const name = useConditionName()(id)
  const { store } = useRuntime()
  if (!c) return null
  const root = c.root ? parseNeuralId(c.root.id) : null
  return (
    <aside
      className="info condition-panel condition-panel-patient"
      aria-label={t('conditions.panelLabel')}
      data-panel="condition"
      data-view="patient"
    >
      <header>
        <h2 data-testid="condition-name" tabIndex={-1} data-panel-heading>
          {name.plain}
        </h2>
        <button
          type="button"
          className="close"
          onClick={() => store.getState().clearCondition({ keepSelection: true })}
          aria-label={t('conditions.close')}
        >
          ×
        </button>
      </header>
      <PlainSection title={t('conditions.what')} text={c.what} />
      {c.root && root?.kind === 'nerve' && (
        <section className="condition-root">
          <h3>{t('conditions.rootPressed')}</h3>
          <p data-testid="condition-root">
            <span className="condition-root-swatch" aria-hidden="true" />{' '}
            {t(root.side === 'left' ? 'conditions.patientRootLeft' : 'conditions.patientRootRight', {
              root: root.root,
            })}
          </p>
          <h3>{t('conditions.rootSymptoms')}</h3>
          <p>
            {c.root.symptoms.plain} <Cite keys={c.root.symptoms.sources} />
          </p>
        </section>
      )}
      <section className="condition-warning">
        <h3>{t('redFlags.title')}</h3>
        <p>
          {c.warning.plain} <Cite keys={c.warning.sources} />
        </p>
        <RedFlagsButton />
      </section>
      <PlainSection title={t('conditions.shown')} text={c.shown} />
      {c.grade && <PlainSection title={t('conditions.grade')} text={c.grade} />}
      <PlainSection title={t('conditions.feelsLike')} text={c.feelsLike} />
      <PlainSection title={t('conditions.course')} text={c.course} />
      <PlainSection title={t('conditions.helps')} text={c.helps} />
      <ConditionVisit id={id} />
      <p className="disclaimer">{t('common.disclaimer')}</p>
    </aside>
  )
}
