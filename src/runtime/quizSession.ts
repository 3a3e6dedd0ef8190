import { isNeuralId } from '../anatomy/neural'
import { isRight, makeQuiz, QUIZ_LENGTH } from '../quiz/questions'
import type { FacetState, FacetStore } from '../store'

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

/**
 * While a self-test waits for an answer, a new selection (a click in 3D, the list, the panel or the API) is
 * the answer; a wrong one then selects the right answer so the student sees where it is.
 */
export function watchQuizAnswers(store: FacetStore): () => void {
  return store.subscribe((s, p) => {
    const quiz = s.quiz
    if (!quiz || quiz.answered) return
    const question = makeQuiz(quiz.seed, QUIZ_LENGTH)[quiz.index]
    if (!question) return
    const answer = answerOf(s, p, question.part, question.answers[0])
    if (answer === null) return
    // the questions are about the spine model: a nerve root or ligament chosen is a wrong answer
    const right = isNeuralId(answer) ? false : isRight(question, answer)
    s.answerQuiz(answer, right)
    if (!right) store.getState().select(question.part ?? question.answers[0] ?? null)
  })
}
