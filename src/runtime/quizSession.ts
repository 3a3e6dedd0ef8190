import { isRight, makeQuiz, QUIZ_LENGTH } from '../quiz/questions'
import type { FacetStore } from '../store'

/**
 * While a self-test waits for an answer, a new selection (a click in 3D, the list, or the API) is the
 * answer; a wrong one then selects the right answer so the student sees where it is.
 */
export function watchQuizAnswers(store: FacetStore): () => void {
  return store.subscribe((s, p) => {
    const quiz = s.quiz
    if (!quiz || quiz.answered || !s.selected || s.selected === p.selected) return
    const question = makeQuiz(quiz.seed, QUIZ_LENGTH)[quiz.index]
    if (!question) return
    const right = isRight(question, s.selected)
    s.answerQuiz(s.selected, right)
    if (!right) store.getState().select(question.answers[0] ?? null)
  })
}
