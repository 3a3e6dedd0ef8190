/** The median atlanto-axial joint (the dens against the atlas): its facts and dimension rows. */
import { MEDIAN_AA, type NeuralDimension, type NeuralFact } from '../neural'
import { dim, fact, G, GRAY1918_PIVOT, ROJAS2007 } from './facts'

export const MEDIAN_AA_FACTS: readonly NeuralFact[] = [
  fact(
    'This is the joint that lets your head turn to say no. The peg of C2 sits against the inside of the front of the ring of C1. When you turn your head, C1 and the skull swing around the peg.',
    'The median atlanto-axial joint is a synovial pivot joint between the anterior facet of the dens and the facet for the dens on the back of the atlas’s anterior arch; with the two lateral atlanto-axial joints it lets the atlas and the head rotate about the dens.',
    G,
  ),
  fact(
    'Behind the peg, a strong band holds it in place. There is a second small joint there, between the back of the peg and that band.',
    'A second synovial cavity lies between the back of the dens and the cartilage-lined front of the transverse ligament of the atlas, often described as a bursa; the ligament holds the dens against the anterior arch.',
    [GRAY1918_PIVOT],
  ),
  fact(
    'On scans of 200 adults, the gap in this joint was about 1.3 mm on average. In 95 of every 100 people it was less than 2 mm. Doctors measure this gap when they check the neck after an injury.',
    'The atlantodental interval (from the back of the anterior arch to the front of the dens) averaged 1.3 ± 0.37 mm on CT in 200 adults and was under 2 mm in 95 %; on plain radiographs the traditional limits are 3 mm in men and 2.5 mm in women.',
    [ROJAS2007],
  ),
  fact(
    'The joint face on C1 is about 9 mm high and 9 mm wide.',
    'The facet for the dens on the atlas measures 8.96 mm high by 9.18 mm wide (100 dry atlases).',
    ['patel'],
  ),
  fact(
    'Here the joint fills the gap the model’s bones leave. Its shape is our best guess.',
    'The model’s joint fills the space the generated dens and anterior arch leave, as wide and high as the published facet; its curvature and thickness are estimates.',
    ['estimate'],
  ),
]

export const medianAaDimensions = (): NeuralDimension[] => [
  dim('Facet for the dens on the atlas, height', 'Joint face on C1, height', MEDIAN_AA.facetHeight),
  dim('Facet for the dens on the atlas, width', 'Joint face on C1, width', MEDIAN_AA.facetWidth),
  dim('Atlantodental interval (ADI), mean on CT', 'Gap in the joint, average', MEDIAN_AA.intervalMean),
  dim(
    'Atlantodental interval, upper limit (95 %)',
    'Gap in the joint: under this in 95 of 100 adults',
    MEDIAN_AA.intervalLimit,
  ),
]
