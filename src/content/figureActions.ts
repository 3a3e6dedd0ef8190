import type { FigureAction } from '../anatomy/bodySegments'

/**
 * What the person on the 3D view does with the limbs in each card, read from the card's steps (a test
 * checks each against the steps' wording). Cards not listed only take their body position.
 */
export const FIGURE_ACTIONS: Readonly<Record<string, FigureAction>> = {
  'single-knee-to-chest': { legs: 'leftKneeToChest', arms: 'holdKnees' },
  'double-knee-to-chest': { legs: 'kneesToChest', arms: 'holdKnees' },
  'knee-rolls': { legs: 'kneesRoll' },
  'figure-4-piriformis': { legs: 'figureFour', arms: 'holdKnees' },
  'standing-rotation': { arms: 'crossed' },
  'seated-rotation': { arms: 'crossed' },
  'chair-extension': { arms: 'behindHead' },
  'foam-roller-extension': { arms: 'behindHead', roller: true },
  'childs-pose': { arms: 'reachForward' },
}

export const figureActionFor = (stretchId: string): FigureAction => FIGURE_ACTIONS[stretchId] ?? {}
