import { useMemo, useRef } from 'react'
import { selectionName } from '../anatomy/boneLinks'
import { structureName } from '../anatomy/names'
import { isNeuralId } from '../anatomy/neural'
import { neuralName } from '../anatomy/neuralNames'
import { partInfo } from '../anatomy/parts'
import { EN_MESSAGES } from '../i18n/en'
import { localizeQuestion, type QuizNames } from '../i18n/overlay'
import { makeQuiz, QUIZ_LENGTH } from '../quiz/questions'
import { useFacetStore, useRuntime } from '../runtime/react'
import { Cite } from './Cite'
import { useAnatomy, useAnatomyOverlay, useT } from './i18n'
import { MoreDetailSwitch } from './MoreDetailSwitch'
import { usePanelFocus } from './panelFocus'
import { RedFlagsButton } from './RedFlagsDialog'
import { useCardOver } from './useCardOver'
import './QuizPanel.css'

export const STRUCTURE_HINT = EN_MESSAGES['quiz.structureHint']
export const PART_HINT = EN_MESSAGES['quiz.partHint']
export const ROOT_HINT = EN_MESSAGES['quiz.rootHint']

/** A wrong answer as the feedback names it: 'the left bony bridge of L4 (pedicle)', 'the L4–L5 …'. */
function answerName(answer: string, detailed: boolean): string {
  if (isNeuralId(answer)) {
    const root = neuralName(answer)
    const name = detailed ? root.detailed : root.plain
    // 'Left L5 nerve root' reads 'that was the left L5 nerve root'; 'Spinal cord' as 'the spinal cord'
    return name.charAt(0).toLowerCase() + name.slice(1)
  }
  const name = selectionName(answer, detailed) ?? answer
  // 'that was the ninth thoracic vertebra (T9)', 'the left L4–L5 facet joint'; a name that starts with a level
  // ('L4–L5 intervertebral disc') keeps its capital
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name
}

/** The names the questions embed, in English (the English questions are built with them already). */
const ENGLISH_NAMES: QuizNames = {
  structure: structureName,
  part: (id, detailed) => {
    const name = partInfo(id)?.name
    return (detailed ? name?.detailed : name?.plain) ?? id
  },
}

/**
 * Test yourself: each question asks to find a structure, by name or by a level-specific feature, or a
 * named part of a bone. Selecting answers it (see runtime/quizSession.ts); a wrong answer shows the right one.
 * Labels are hidden while the quiz runs, so they don't give the answers away.
 */
export function QuizPanel() {
  const quiz = useFacetStore((s) => s.quiz)
  const next = useFacetStore((s) => s.nextQuestion)
  const end = useFacetStore((s) => s.endQuiz)
  const moreDetail = useFacetStore((s) => s.moreDetail)
  const { store } = useRuntime()
  // where the card lies over the 3D view, for the camera to frame answers clear of it (scene/CameraRig.tsx)
  const card = useRef<HTMLElement>(null)
  useCardOver(card, quiz !== null)
  const questions = useMemo(() => (quiz ? makeQuiz(quiz.seed, QUIZ_LENGTH) : []), [quiz?.seed, quiz])
  const overlay = useFacetStore((s) => s.catalog.content?.quiz)
  const asked = quiz ? questions[quiz.index] : undefined
  const anatomyOverlay = useAnatomyOverlay()
  const anatomy = useAnatomy()
  // the names a translated question embeds come from the same language's anatomy
  const names = useMemo<QuizNames>(
    () =>
      anatomyOverlay
        ? { structure: anatomyOverlay.structureName, part: (id, detailed) => anatomy.name(id, detailed) }
        : ENGLISH_NAMES,
    [anatomyOverlay, anatomy],
  )
  const question = useMemo(() => asked && localizeQuestion(asked, overlay, names), [asked, overlay, names])
  const heading = usePanelFocus('quiz', quiz !== null)
  const t = useT()

  if (!quiz) return null
  const finished = quiz.index >= questions.length
  return (
    <section ref={card} className="quiz" aria-label={t('app.testYourself')} aria-live="polite" data-panel="quiz">
      <header>
        <h2 ref={heading} tabIndex={-1} data-panel-heading>
          {t('app.testYourself')}
        </h2>
        <span className="score" data-testid="quiz-score">
          {quiz.score} / {Math.min(quiz.index + (quiz.answered ? 1 : 0), questions.length)}
        </span>
        <button type="button" onClick={end} aria-label={t('quiz.end')}>
          ×
        </button>
      </header>
      <div className="detail-switch">
        <MoreDetailSwitch />
      </div>
      {finished || !question ? (
        <p>
          {t('quiz.done', { score: quiz.score, total: questions.length })}{' '}
          <button type="button" onClick={() => store.getState().startQuiz(quiz.seed + 1)}>
            {t('quiz.again')}
          </button>
        </p>
      ) : (
        <>
          <p className="prompt" data-testid="quiz-prompt">
            {quiz.index + 1}. {question.prompt}
          </p>
          {quiz.answered ? (
            <div className={quiz.answered.right ? 'feedback right' : 'feedback wrong'}>
              <p>
                {quiz.answered.right
                  ? t('quiz.right')
                  : t('quiz.wrong', {
                      name: anatomyOverlay
                        ? anatomy.name(quiz.answered.answer, moreDetail)
                        : answerName(quiz.answered.answer, moreDetail),
                    })}{' '}
                {moreDetail ? question.explanation : question.explanationPlain}{' '}
                {question.sources.length > 0 && <Cite keys={question.sources} />}
              </p>
              {/* an answer about a condition: its warning signs one tap away, as on the condition's panel */}
              {question.condition && <RedFlagsButton />}
              <button type="button" className="primary" onClick={next}>
                {t('quiz.next')}
              </button>
            </div>
          ) : (
            <p className="hint">
              {t(
                question.condition
                  ? question.nerves
                    ? 'quiz.conditionRootHint'
                    : 'quiz.conditionHint'
                  : question.part
                    ? 'quiz.partHint'
                    : question.nerves
                      ? 'quiz.rootHint'
                      : 'quiz.structureHint',
              )}
            </p>
          )}
        </>
      )}
    </section>
  )
}
