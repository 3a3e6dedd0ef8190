import type { ConditionId } from '../anatomy/conditionModels'
import { type ConditionText, conditionById } from '../content/conditions'
import { useFacetStore, useRuntime } from '../runtime/react'
import { Cite } from './Cite'
import { ConditionVisit } from './ConditionVisit'
import { useConditionContent, useConditionName, useT } from './i18n'
import { MoreDetailSwitch } from './MoreDetailSwitch'
import { usePanelFocus } from './panelFocus'
import { ConditionPanelPatient } from './patient/ConditionPanelPatient'
import { RedFlagsButton } from './RedFlagsDialog'
import './ConditionPanel.css'

function Section({ title, text, detailed }: { title: string; text: ConditionText; detailed: boolean }) {
  return (
    <section>
      <h3>{title}</h3>
      <p>
        {detailed ? text.detailed : text.plain} <Cite keys={text.sources} />
      </p>
    </section>
  )
}

/**
 * The condition shown on the spine: what it is and what the model shows, its grade, the root it presses on
 * and where that is felt, what it feels like, how it usually goes, what helps, and its warning signs (one
 * tap from the full list). Plain words by default, the clinical terms with More detail.
 */
export function ConditionPanel({ id }: { id: ConditionId }) {
  // its texts in the current language; ids, signs and sources are the English condition's
  const c = useConditionContent(conditionById(id))
  const t = useT()
  const name = useConditionName()(id)
  const moreDetail = useFacetStore((s) => s.moreDetail)
  const { store } = useRuntime()
  const heading = usePanelFocus('selection', true, false)
  if (useFacetStore((s) => s.viewMode === 'patient')) return <ConditionPanelPatient id={id} />
  if (!c) return null
  return (
    <aside className="info condition-panel" aria-label={t('conditions.panelLabel')} data-panel="condition">
      <header>
        <h2 data-testid="condition-name" ref={heading} tabIndex={-1} data-panel-heading>
          {moreDetail ? name.detailed : name.plain}
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
      <div className="detail-switch">
        <MoreDetailSwitch />
      </div>
      <Section title={t('conditions.what')} text={c.what} detailed={moreDetail} />
      <Section title={t('conditions.shown')} text={c.shown} detailed={moreDetail} />
      {c.grade && <Section title={t('conditions.grade')} text={c.grade} detailed={moreDetail} />}
      {c.root && (
        <section className="condition-root">
          <h3>{t('conditions.rootPressed')}</h3>
          <p data-testid="condition-root">
            <span className="condition-root-swatch" aria-hidden="true" /> {c.root.name}
          </p>
          <h3>{t('conditions.rootSymptoms')}</h3>
          <p>
            {moreDetail ? c.root.symptoms.detailed : c.root.symptoms.plain} <Cite keys={c.root.symptoms.sources} />
          </p>
          <p className="condition-numb">{t('conditions.numbNote')}</p>
        </section>
      )}
      <Section title={t('conditions.feelsLike')} text={c.feelsLike} detailed={moreDetail} />
      {c.sound && (
        <p>
          <button type="button" className="link" onClick={() => store.getState().setPanel('learn')}>
            {t('conditions.sound')}
          </button>
        </p>
      )}
      <Section title={t('conditions.course')} text={c.course} detailed={moreDetail} />
      <Section title={t('conditions.helps')} text={c.helps} detailed={moreDetail} />
      <ConditionVisit id={id} />
      <section className="condition-warning">
        <h3>{t('redFlags.title')}</h3>
        <p>
          {moreDetail ? c.warning.detailed : c.warning.plain} <Cite keys={c.warning.sources} />
        </p>
        <RedFlagsButton />
      </section>
      <p className="disclaimer">{t('common.disclaimer')}</p>
    </aside>
  )
}
