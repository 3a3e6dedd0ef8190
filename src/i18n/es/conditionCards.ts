import { CONDITION_IDS, type ConditionId } from '../../anatomy/conditionModels'
import type { CardsOverlay, TextPair } from '../overlay'
import { CONDITION_NAMES_ES } from './conditionNames'
import { CONDITIONS_ES } from './conditions'
import { QUIZ_ES } from './quiz'

/**
 * The condition flashcards in Spanish (study/conditionCards.ts), by card id: the "what is it?" cards from the
 * conditions' Spanish names and texts; the which-root / which-bone cards with their own fronts, in general
 * form, and the Spanish quiz's answer on the back without the side the model happens to show.
 */
const ANSWER_FRONTS: Partial<Record<ConditionId, TextPair>> = {
  'herniation-l4-l5-posterolateral': {
    plain: 'Un disco entre L4 y L5 se abulta hacia atrás y a un lado. ¿Qué nervio presiona?',
    detailed: '¿Qué raíz comprime una hernia discal posterolateral L4–L5?',
  },
  'herniation-l4-l5-foraminal': {
    plain: 'Un disco entre L4 y L5 se abulta hacia el hueco por donde sale un nervio. ¿Qué nervio presiona?',
    detailed: '¿Qué raíz comprime una hernia discal foraminal (lateral extrema) L4–L5?',
  },
  'herniation-c5-c6': {
    plain: 'Un disco del cuello entre C5 y C6 se abulta hacia atrás y a un lado. ¿Qué nervio presiona?',
    detailed: '¿Qué raíz comprime una hernia discal posterolateral C5–C6?',
  },
  'stenosis-foraminal-l4-l5': {
    plain: 'El hueco por donde sale un nervio entre L4 y L5 se estrecha. ¿Qué nervio queda presionado?',
    detailed: '¿Qué raíz comprime una estenosis foraminal L4–L5?',
  },
  'spondylolisthesis-l5-s1-isthmic': {
    plain: 'Un hueso se desliza entre L5 y el sacro. ¿Qué hueso se va hacia delante?',
    detailed: '¿Qué vértebra se desplaza en una espondilolistesis ístmica L5–S1?',
  },
  'spondylolisthesis-l4-l5-degenerative': {
    plain: 'Un hueso se desliza entre L4 y L5. ¿Qué hueso se va hacia delante?',
    detailed: '¿Qué vértebra se desplaza en una espondilolistesis degenerativa L4–L5?',
  },
}

/** The side the model shows, out of an answer that is true on either side. */
const withoutSide = (text: string) =>
  text.replace(/ del lado (izquierdo|derecho)/, '').replace(/ (izquierda|derecha|izquierdo|derecho)\b/, '')

function build(): CardsOverlay {
  const cards: Record<string, { front: TextPair; back: TextPair }> = {}
  for (const id of CONDITION_IDS) {
    const name = CONDITION_NAMES_ES[id]
    cards[`condition:${id}`] = {
      front: { plain: `${name.plain}: ¿qué es?`, detailed: `${name.detailed}: ¿qué es?` },
      back: CONDITIONS_ES[id].what,
    }
    const front = ANSWER_FRONTS[id]
    const answer = QUIZ_ES.questions[`condition:${id}`]
    if (front && answer)
      cards[`condition-answer:${id}`] = {
        front,
        back: { plain: withoutSide(answer.explanationPlain), detailed: withoutSide(answer.explanation) },
      }
  }
  return cards
}

export const CONDITION_CARDS_ES: CardsOverlay = build()
