import type { Catalog } from '../catalog'
import { ANATOMY_ES } from './anatomy'
import { CAVITATION_ES } from './cavitation'
import { CONDITION_CARDS_ES } from './conditionCards'
import { CONDITION_NAMES_ES } from './conditionNames'
import { CONDITIONS_ES } from './conditions'
import { FAQ_ES } from './faq'
import { ES_MESSAGES } from './messages'
import { QUIZ_ES } from './quiz'
import { WARNING_SIGNS_ES } from './redFlags'
import { SOUNDS_ES } from './sounds'
import { SOURCES_ES } from './sourceNotes'
import { STRETCHES_ES } from './stretches'

/** Spanish: fetched as a chunk of its own when asked for (../catalog.ts), with its content overlay. */
export const ES_CATALOG: Catalog = {
  lang: 'es',
  messages: ES_MESSAGES,
  content: {
    warningSigns: WARNING_SIGNS_ES,
    stretches: STRETCHES_ES,
    faq: FAQ_ES,
    sounds: SOUNDS_ES,
    conditionNames: CONDITION_NAMES_ES,
    anatomy: ANATOMY_ES,
    closeUp: CAVITATION_ES,
    conditions: CONDITIONS_ES,
    quiz: QUIZ_ES,
    cards: CONDITION_CARDS_ES,
    sources: SOURCES_ES,
  },
}
