/** The spinal cord and the cauda equina (with the filum terminale): their facts and dimension rows. */
import {
  CONUS_TAPER_TIP,
  CORD_LENGTH,
  type CordSection,
  cordSection,
  FILUM_LENGTH,
  type NeuralDimension,
  type NeuralFact,
} from '../neural'
import { dim, FILUM2002, fact, G, GRAY1918, KIM2012, SAIFUDDIN1998, VALOSEK2024 } from './facts'

export const CORD_FACTS: readonly NeuralFact[] = [
  fact(
    'The spinal cord is a long, soft cable of nerves. It runs from the base of the skull down through the holes in the bones of the neck and upper back.',
    'The spinal cord continues the medulla oblongata from the foramen magnum down the vertebral canal, inside the dural sac and cerebrospinal fluid, and ends in the tapered conus medullaris.',
    G,
  ),
  fact(
    'In grown men it is about 45 cm long, and in women about 42 to 43 cm. That is much shorter than the spine.',
    'Its adult length is about 45 cm in men and 42–43 cm in women, so it fills only the upper part of the vertebral canal.',
    [GRAY1918],
  ),
  fact(
    'It ends in a point near the first low back bone, L1. In scans of 504 adults, the tip was most often at the lower part of L1. In some it was as high as T12 or as low as L3.',
    'The conus medullaris ends on average at the lower third of L1 (MRI of 504 adults; range middle third of T12 to upper third of L3, no difference by sex or age). The model ends it at the lower third of L1.',
    [SAIFUDDIN1998],
  ),
  fact(
    'The cord is thicker in two places. The part in the neck sends nerves to the arms. The low part sends nerves to the legs.',
    'Two enlargements carry the limb nerves: the cervical, from about C3 to T2 and widest at C4–C5 on MRI, and the lumbar, from about T9 and widest at T10–T11, tapering below T12 into the conus.',
    [GRAY1918, VALOSEK2024],
  ),
  fact(
    'Near the skull it is about 9 mm from front to back and 11 mm across. In the middle of the back it is at its thinnest, about 6 by 8 mm.',
    'On MRI of healthy adults it measures 8.7 × 11.4 mm (front to back × side to side) at C1, 7.3 × 12.6 mm at C5 and 5.7 × 7.7 mm at T6, its thinnest (means computed from the study’s per-subject data).',
    [VALOSEK2024],
  ),
  fact(
    'Pairs of nerves leave the cord all the way down, 31 pairs in all. Lower down, each pair leaves the cord well above the gap it goes out through.',
    'Thirty-one pairs of spinal nerves arise from it: 8 cervical, 12 thoracic, 5 lumbar, 5 sacral and 1 coccygeal. The cord segments lie above their vertebrae: the C6 and C7 root entry zones one vertebra higher (94 % and 81 % of 16 cadavers), those of T3–T12 two vertebrae higher.',
    [GRAY1918, KIM2012],
  ),
]

export function cordDimensions(): NeuralDimension[] {
  const c5 = cordSection('C5') as CordSection
  const t6 = cordSection('T6') as CordSection
  return [
    dim('Length, men', 'How long, in men', CORD_LENGTH.men),
    dim('Length, women', 'How long, in women', CORD_LENGTH.women),
    dim('Anteroposterior diameter at C5', 'Front to back, in the neck', c5.ap),
    dim('Transverse diameter at C5', 'Side to side, in the neck', c5.transverse),
    dim('Anteroposterior diameter at T6', 'Front to back, mid back', t6.ap),
    dim('Transverse diameter at T6', 'Side to side, mid back', t6.transverse),
  ]
}

export const CAUDA_FACTS: readonly NeuralFact[] = [
  fact(
    'Below the end of the cord, the nerve roots for the legs, bladder and bowel run down in a bundle. It looks a bit like a horse’s tail.',
    'Below the conus the lumbar, sacral and coccygeal roots descend in the dural sac as the cauda equina, each leaving the sac near the foramen it exits by.',
    G,
  ),
  fact(
    'A thin thread runs down the middle, from the tip of the cord to the tailbone. Inside the sac it is about 16 cm long.',
    'The filum terminale runs from the conus to the coccyx. Its intradural part measured 156 mm (113–211 mm) long and 1.38 mm thick at its start in 41 cadavers, and most often joined the dura at S2.',
    [FILUM2002, 'grays2020'],
  ),
  fact(
    'Pressure on this bundle is rare but serious. New numbness between the legs means go to the emergency room now. So does new trouble with pee or poo, or new weakness in both legs.',
    'Compression of the cauda equina is an emergency: new saddle numbness, new bladder, bowel or sexual dysfunction, or new weakness in both legs needs emergency assessment at once.',
    ['nhsCaudaEquina', 'nhsBackPain'],
  ),
]

export const caudaDimensions = (): NeuralDimension[] => [
  dim('Filum terminale, intradural length', 'Length of the thin thread', FILUM_LENGTH.mean),
  dim('Filum terminale, thickness at its start', 'Width of the thread at the top', CONUS_TAPER_TIP),
]
