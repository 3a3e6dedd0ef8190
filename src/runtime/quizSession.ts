import type { PartId } from '../anatomy/parts'
import { partQuestionView, questionRegion } from '../quiz/questionRegion'
import { isRight, makeQuiz, QUIZ_LENGTH, type Question } from '../quiz/questions'
import { type FacetState, type FacetStore, questionWaits } from '../store'

/**
 * The answer a change of selection gives to a question, or null when it gives none. A question about a part
 * is answered by choosing a part (a click on a bone chooses the part under the pointer), or wrongly by
 * choosing another structure; choosing its bone as a whole waits for the part. Any other question is
 * answered by a new selection.
 */
function answerOf(s: FacetState, p: FacetState, part: string | undefined, bone: string | undefined) {
  if (part === undefined) return s.selected !== null && s.selected !== p.selected ? s.selected : null
  if (s.selectedPart !== null && s.selectedPart !== p.selectedPart) return s.selectedPart
  if (s.selected !== null && s.selected !== p.selected && s.selected !== bone && s.selectedPart === null)
    return s.selected
  return null
}

/** The last quiz made, by its seed: every store change asks for the current question. */
let made: { seed: number; questions: Question[] } | null = null
const currentQuestion = (s: FacetState): Question | undefined => {
  if (!s.quiz) return undefined
  if (made?.seed !== s.quiz.seed) made = { seed: s.quiz.seed, questions: makeQuiz(s.quiz.seed, QUIZ_LENGTH) }
  return made.questions[s.quiz.index]
}

/** The part the current question asks for, or null when the quiz asks for none (a store selector). */
export const askedPart = (s: FacetState): PartId | null => currentQuestion(s)?.part ?? null

/**
 * While a quiz question waits for its answer, a condition on the spine would give answers away: its panel
 * names the root and the level, its pink highlight shows the root ('which root leaves between L4 and L5?'
 * with the L4–L5 herniation left open). The info panel and the highlight leave it out until the question is
 * answered, by the same rule as the roots it shows (`shownConditionRoots`): any question, not only the quiz's
 * own about a condition.
 */
export const quizHidesCondition = (s: FacetState): boolean => s.condition !== null && questionWaits(s)

/**
 * While a self-test waits for an answer, a new selection (a click in 3D, the list, the panel or the API) is
 * the answer; a wrong one then selects the right answer so the student sees where it is. A question about
 * nerve roots turns x-ray on while it is asked (the roots shown, the bones ghosted so clicks reach the roots
 * behind them), and off again after, unless the student had it on already. A question about a condition
 * shows it on the spine while it is asked (with nothing selected, so no highlight gives the answer away)
 * and clears it after, putting the layers and selection back.
 */
export function watchQuizAnswers(store: FacetStore): () => void {
  /** X-ray was turned on by the quiz for a question about roots (and is to be turned off after it). */
  let xrayForRoots = false
  /** The condition the quiz showed for its question (and is to clear after it). */
  let conditionShown: Question['condition']
  /** The quiz is setting the spine up for a question: the selections that makes are not answers. */
  let arranging = false
  const arrange = (s: FacetState, p: FacetState) => {
    const question = currentQuestion(s)
    if (conditionShown !== undefined && question?.condition !== conditionShown) {
      if (xrayForRoots) s.setPreset('normal')
      xrayForRoots = false
      if (store.getState().condition?.id === conditionShown) store.getState().clearCondition()
      conditionShown = undefined
    }
    if (question?.condition !== undefined && conditionShown === undefined && s.quiz !== p.quiz) {
      conditionShown = question.condition
      store.getState().showCondition(question.condition)
      // the condition frames its level itself; a selection would light the answer up (a wedged bone is its focus)
      store.getState().select(null)
    }
    // a new question starts from the whole spine: the last answer's close-up (a lumbar disc) was still on screen
    // for 'Find the C3–C4 disc' (a student's review); a condition frames its own level above
    const newQuestion = s.quiz !== null && (p.quiz === null || s.quiz.index !== p.quiz.index)
    // a question about roots opens on their region instead, where a root is big enough to click, and one about
    // a part on its bone and the bones either side, turned to the part's side
    const region = question ? questionRegion(question) : null
    const partView = question ? partQuestionView(question) : null
    if (newQuestion && question && question.condition === undefined) {
      if (region) store.getState().requestRegion(region[0], region[1])
      else if (partView) store.getState().requestRegion(partView.from, partView.to, partView.facing)
      else store.getState().requestView('home')
    }
    const wantsRoots = question?.nerves === true
    if (wantsRoots && !xrayForRoots && store.getState().beforeXray === null) {
      xrayForRoots = true
      store.getState().setPreset('xray')
    } else if (!wantsRoots && xrayForRoots) {
      xrayForRoots = false
      store.getState().setPreset('normal')
    }
  }
  return store.subscribe((s, p) => {
    if (arranging) return
    if (s.quiz !== p.quiz) {
      arranging = true
      try {
        arrange(s, p)
      } finally {
        arranging = false
      }
      if (store.getState() !== s) return
    }
    const quiz = s.quiz
    if (!quiz || quiz.answered) return
    const question = currentQuestion(s)
    if (!question) return
    const answer = answerOf(s, p, question.part, question.answers[0])
    if (answer === null) return
    const right = isRight(question, answer)
    s.answerQuiz(answer, right)
    if (!right) store.getState().select(question.part ?? question.answers[0] ?? null)
  })
}
