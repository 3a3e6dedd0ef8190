/** The sacroiliac joints and the ilia beside them: their facts and dimension rows. */
import { ILIUM, type NeuralDimension, type NeuralFact, SI_JOINT } from '../neural'
import { dim, EBRAHEIM2003, fact, G, ILIOLUMBAR2023, JACOB1995, SIJ_LIMBS1993, VLEEMING1990 } from './facts'

export const SI_FACTS: readonly NeuralFact[] = [
  fact(
    'This is the joint between the sacrum and the hip bone. Like the small joints of the spine, it has fluid inside. Very strong bands hold it tight.',
    'The sacroiliac joint is synovial in front, between the auricular surfaces of the sacrum and ilium, and bound behind by the interosseous sacroiliac ligaments. Its cartilage carries ridges and hollows that fit together, more marked in men.',
    [VLEEMING1990, 'grays2020'],
  ),
  fact(
    'Its joint face is shaped like an L, with a short arm and a long arm. In men it covers about 11 square cm, and in women about 10.',
    'It is L-shaped: limbs of about 4.4 and 5.6 cm, 2.0 cm wide and 93° apart on the outer ilium (10 joints). Its articular area on dry bone is 1,138 mm² in men and 993 mm² in women. The model keeps the L’s proportions, scaled to the men’s area; its tilt is an estimate.',
    [SIJ_LIMBS1993, EBRAHEIM2003, 'estimate'],
  ),
  fact(
    'It moves very little. In healthy adults it turned about 2° and slid less than 1 mm.',
    'In 24 healthy adults aged 20–50, its average total rotation was 1.7° and translation 0.7 mm between postures (stereophotogrammetry of bone markers).',
    [JACOB1995],
  ),
  fact(
    'A push on the low back often makes pops. In one study most pops came from the low back joints that were aimed at. A few came from higher up or from this joint. No study we found shows for sure that this joint makes the sound.',
    'During lumbar manipulation, 71.7 % of cavitations located by accelerometers came from the targeted L3/4–L5/S1 levels and the rest from L1/2, L2/3 or the sacroiliac joint. No study isolating an audible sacroiliac cavitation was found.',
    ['cramer2011', 'estimate'],
  ),
]

export const siDimensions = (): NeuralDimension[] => [
  dim('Articular area, men', 'Joint area, men', SI_JOINT.areaMen, 'mm²'),
  dim('Articular area, women', 'Joint area, women', SI_JOINT.areaWomen, 'mm²'),
  dim('Upper limb length', 'Short arm', SI_JOINT.upperLimb),
  dim('Lower limb length', 'Long arm', SI_JOINT.lowerLimb),
  dim('Angle between the limbs', 'Angle between the arms', SI_JOINT.angleBetweenLimbs, '°'),
  dim('Rotation in healthy adults', 'How much it turns', SI_JOINT.rotation, '°'),
]

export const ILIUM_FACTS: readonly NeuralFact[] = [
  fact(
    'The ilium is the big top part of the hip bone, shaped like a wing. The sacrum fits in between the two of them.',
    'The ilium, the upper part of the hip bone, meets the sacrum at its auricular surface; the iliac crest runs along its top.',
    G,
  ),
  fact(
    'A strong band ties the side wing of L5 to the top edge of the ilium. In one study it was about 32 mm long.',
    'The iliolumbar ligament joins the transverse process of L5 to the iliac crest: mean length 31.7 mm, a single band in 44 of 60.',
    [ILIOLUMBAR2023],
  ),
  fact(
    'Only the part near the spine is shown, in a simple shape. It is our best guess, to show where the joint sits.',
    'Only the part of the ilium near the sacroiliac joint is shown, as a simplified shape: an estimate, to locate the joint.',
    ['estimate'],
  ),
]

export const iliumDimensions = (): NeuralDimension[] => [
  dim('Iliolumbar ligament length', 'Length of the band from L5', ILIUM.iliolumbarLength),
]
