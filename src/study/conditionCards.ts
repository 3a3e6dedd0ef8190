import { CONDITION_IDS, type ConditionId, conditionView } from '../anatomy/conditionModels'
import { CONDITIONS } from '../content/conditions'
import { conditionQuestion } from '../quiz/conditionQuestions'
import type { Card } from './deck'

/**
 * Flashcards from the conditions: for each, its name on the front and what it is on the back; and for
 * those Test yourself asks about on the model, the same question in general form ("which root does a
 * foraminal L4–L5 herniation press on?") with the quiz's answer and sources on the back, so a card and a
 * question cannot disagree (both read the condition's model).
 */

/** The condition's name on the front, what it is on the back; "show it on the model" shows the condition. */
function whatCard(id: ConditionId): Card | null {
  const c = CONDITIONS.find((x) => x.id === id)
  if (!c || c.what.sources.length === 0) return null
  return {
    id: `condition:${id}`,
    kind: 'condition',
    front: { plain: `${c.name.plain}: what is it?`, detailed: `${c.name.detailed}: what is it?` },
    back: { plain: c.what.plain, detailed: c.what.detailed },
    sources: c.what.sources,
    target: conditionView(id).focus,
    condition: id,
  }
}

/** The fronts of the answer cards, in general form (the quiz asks about "this" one, shown on one side). */
function answerFront(id: ConditionId): Card['front'] | null {
  switch (id) {
    case 'herniation-l4-l5-posterolateral':
      return {
        plain: 'A disc at L4–L5 bulges back and to the side. Which nerve does it press on?',
        detailed: 'Which root does a posterolateral L4–L5 disc herniation compress?',
      }
    case 'herniation-l4-l5-foraminal':
      return {
        plain: 'A disc at L4–L5 bulges out into the gap where a nerve leaves. Which nerve does it press on?',
        detailed: 'Which root does a foraminal (far lateral) L4–L5 disc herniation compress?',
      }
    case 'herniation-c5-c6':
      return {
        plain: 'A neck disc at C5–C6 bulges back and to the side. Which nerve does it press on?',
        detailed: 'Which root does a posterolateral C5–C6 disc herniation compress?',
      }
    case 'stenosis-foraminal-l4-l5':
      return {
        plain: 'The gap where a nerve leaves at L4–L5 gets tight. Which nerve is squeezed?',
        detailed: 'Which root does L4–L5 foraminal stenosis compress?',
      }
    case 'spondylolisthesis-l5-s1-isthmic':
      return {
        plain: 'A bone slips at L5–S1. Which bone slides forward?',
        detailed: 'Which vertebra is displaced in an L5–S1 isthmic spondylolisthesis?',
      }
    case 'spondylolisthesis-l4-l5-degenerative':
      return {
        plain: 'A bone slips at L4–L5. Which bone slides forward?',
        detailed: 'Which vertebra is displaced in an L4–L5 degenerative spondylolisthesis?',
      }
    default:
      return null
  }
}

/** "Which root…?" on the front, the quiz's answer on the back, without the side the model happens to show. */
function answerCard(id: ConditionId): Card | null {
  const q = conditionQuestion(id)
  const front = answerFront(id)
  if (!q || !front || q.answers.length === 0) return null
  const oneSide = (text: string) => text.replace(/ on the (left|right)\b/, '').replace(/^The (left|right) /, 'The ')
  return {
    id: `condition-answer:${id}`,
    kind: 'condition',
    front,
    back: { plain: oneSide(q.explanationPlain), detailed: oneSide(q.explanation) },
    sources: q.sources,
    target: q.answers[0] as Card['target'],
    condition: id,
  }
}

/** Every condition's card, then the answer cards, in the Conditions menu's order. */
export function conditionCards(): Card[] {
  return [...CONDITION_IDS.map(whatCard), ...CONDITION_IDS.map(answerCard)].filter((c): c is Card => c !== null)
}
