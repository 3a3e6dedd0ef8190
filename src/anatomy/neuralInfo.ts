import type { JointLevel } from './ids'
import {
  ALAR,
  AO_MEMBRANES,
  APICAL,
  CONUS_TAPER_TIP,
  CORD_LENGTH,
  type CordSection,
  cordSection,
  FILUM_LENGTH,
  flavumThickness,
  ILIUM,
  INTERTRANSVERSE_SIZE,
  inCaudaEquina,
  interspinousThickness,
  MEDIAN_AA,
  NERVE_ROOT_ANATOMY,
  type NerveRoot,
  type NeuralDimension,
  type NeuralFact,
  type NeuralId,
  type NeuralMeasure,
  type NeuralSourceKey,
  NUCHAE,
  neural,
  nm,
  type ParsedNeural,
  SI_JOINT,
  SUPRASPINOUS,
  TECTORIAL,
  type TextPair,
  TRANSVERSE_ATLAS,
} from './neural'
import { neuralName } from './neuralNames'
import { orderRootFacts, ROOT_EXAM_EN, ROOT_EXAM_SENTENCES_EN, rootExamFacts } from './rootExam'
import { OCCIPITAL } from './skullBase'

/*
 * What the info panel says about the cord, the nerve roots, the ligaments, the sacroiliac joints and the
 * ilia: facts in plain and detailed words with their sources, and key dimensions. Kept apart from neural.ts
 * (ids, names, numbers) because only the panel reads it: the page loads it when one of them is selected.
 */

// Placeholders, one per pending key: swap nothing here, only the type above, when sources.ts has the key.
const VALOSEK2024: NeuralSourceKey = 'valosek2024'
const GRAY1918: NeuralSourceKey = 'gray1918'
const SAIFUDDIN1998: NeuralSourceKey = 'saifuddin1998'
const KIM2012: NeuralSourceKey = 'kim2012'
const SUH2005: NeuralSourceKey = 'suh2005'
const SILVERSTEIN2015: NeuralSourceKey = 'silverstein2015'
const SHEN2006: NeuralSourceKey = 'shen2006'
const MOON2010: NeuralSourceKey = 'moon2010'
const KHASAWNEH2023: NeuralSourceKey = 'khasawneh2023'
const FILUM2002: NeuralSourceKey = 'filum2002'
const PANJABI1991_LIGAMENTS: NeuralSourceKey = 'panjabi1991ligaments'
const SALAUD2018: NeuralSourceKey = 'salaud2018'
const LEE2018_PLL: NeuralSourceKey = 'lee2018pll'
const MAHATO2013: NeuralSourceKey = 'mahato2013'
const HEYLINGS1978: NeuralSourceKey = 'heylings1978'
const MERCER2003: NeuralSourceKey = 'mercer2003'
const CATTRYSSE2007: NeuralSourceKey = 'cattrysse2007'
const DVORAK1987_ALAR: NeuralSourceKey = 'dvorak1987alar'
const PANJABI1991_ALAR: NeuralSourceKey = 'panjabi1991alar'
const TUBBS2000_APICAL: NeuralSourceKey = 'tubbs2000apical'
const ROJAS2007: NeuralSourceKey = 'rojas2007'
const GRAY1918_PIVOT: NeuralSourceKey = 'gray1918Pivot'
const GRAY1918_OCCIPITAL: NeuralSourceKey = 'gray1918Occipital'
const SHARMA_MEHRA2018: NeuralSourceKey = 'sharmaMehra2018'
const LE2011: NeuralSourceKey = 'le2011'
const NADERI2005: NeuralSourceKey = 'naderi2005'
const KANEKO2018: NeuralSourceKey = 'kaneko2018'
const ISHII2004: NeuralSourceKey = 'ishii2004'
const SAYAH2021: NeuralSourceKey = 'sayah2021'
const ODA1992: NeuralSourceKey = 'oda1992'
const OSMOTHERLY2020: NeuralSourceKey = 'osmotherly2020'
const EBRAHEIM2003: NeuralSourceKey = 'ebraheim2003'
const SIJ_LIMBS1993: NeuralSourceKey = 'sijLimbs1993'
const VLEEMING1990: NeuralSourceKey = 'vleeming1990'
const JACOB1995: NeuralSourceKey = 'jacob1995'
const ILIOLUMBAR2023: NeuralSourceKey = 'iliolumbar2023'
const RADHAKRISHNAN1994: NeuralSourceKey = 'radhakrishnan1994'

// ——— what the panel says ———

export interface NeuralInfo {
  readonly name: TextPair
  readonly facts: readonly NeuralFact[]
  readonly dimensions: readonly NeuralDimension[]
}

const G: readonly NeuralSourceKey[] = ['grays2020']
const fact = (plain: string, detailed: string, sources: readonly NeuralSourceKey[]): NeuralFact => ({
  plain,
  detailed,
  sources,
})
const dim = (label: string, plainLabel: string, measure: NeuralMeasure, unit: NeuralDimension['unit'] = 'mm') => ({
  label,
  plainLabel,
  unit,
  measure,
})

/** What the info panel says about a structure: facts in two versions with sources, and key dimensions. */
export function neuralInfo(id: NeuralId): NeuralInfo {
  const p = neural(id)
  const name = neuralName(id)
  switch (p.kind) {
    case 'cord':
      return { name, facts: CORD_FACTS, dimensions: cordDimensions() }
    case 'cauda-equina':
      return { name, facts: CAUDA_FACTS, dimensions: caudaDimensions() }
    case 'nerve':
      return { name, facts: rootFacts(p.root), dimensions: rootDimensions(p.root) }
    case 'ligament':
      return { name, facts: ligamentFacts(p), dimensions: ligamentDimensions(p) }
    case 'si-joint':
      return { name, facts: SI_FACTS, dimensions: siDimensions() }
    case 'median-atlanto-axial':
      return {
        name,
        facts: MEDIAN_AA_FACTS,
        dimensions: [
          dim('Facet for the dens on the atlas, height', 'Joint face on C1, height', MEDIAN_AA.facetHeight),
          dim('Facet for the dens on the atlas, width', 'Joint face on C1, width', MEDIAN_AA.facetWidth),
          dim('Atlantodental interval (ADI), mean on CT', 'Gap in the joint, average', MEDIAN_AA.intervalMean),
          dim(
            'Atlantodental interval, upper limit (95 %)',
            'Gap in the joint: under this in 95 of 100 adults',
            MEDIAN_AA.intervalLimit,
          ),
        ],
      }
    case 'occiput':
      return { name, facts: OCCIPUT_FACTS, dimensions: occiputDimensions() }
    case 'ilium':
      return {
        name,
        facts: ILIUM_FACTS,
        dimensions: [dim('Iliolumbar ligament length', 'Length of the band from L5', ILIUM.iliolumbarLength)],
      }
  }
}

const MEDIAN_AA_FACTS: readonly NeuralFact[] = [
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

const CORD_FACTS: readonly NeuralFact[] = [
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

function cordDimensions(): NeuralDimension[] {
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

const CAUDA_FACTS: readonly NeuralFact[] = [
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
    'Compression of the cauda equina is an emergency: new saddle numbness, new bladder, bowel or sexual dysfunction, or new weakness in both legs needs same-day emergency assessment.',
    ['nhsCaudaEquina', 'nhsBackPain'],
  ),
]

const caudaDimensions = (): NeuralDimension[] => [
  dim('Filum terminale, intradural length', 'Length of the thin thread', FILUM_LENGTH.mean),
  dim('Filum terminale, thickness at its start', 'Width of the thread at the top', CONUS_TAPER_TIP),
]

const exitText = (root: NerveRoot): { plain: string; detailed: string } => {
  const a = NERVE_ROOT_ANATOMY[root]
  const e = a.exit
  if (e.kind === 'sacral-foramen') {
    const ord = ['first', 'second', 'third', 'fourth'][e.foramen - 1]
    return {
      plain: `It leaves through the ${ord} pair of holes in the sacrum. Its front branch comes out of the front of the sacrum.`,
      detailed: `It exits through the ${ord} sacral foramina: its ventral ramus through the pelvic (anterior) foramen, its dorsal ramus through the dorsal one.`,
    }
  }
  if (e.kind === 'sacral-hiatus')
    return {
      plain: 'It leaves at the low end of the sacrum, through the gap just above the tailbone.',
      detailed: 'It leaves the lower end of the sacral canal through the sacral hiatus, beside the coccyx.',
    }
  const lower = e.lower === 'S1' ? 'the sacrum' : e.lower
  const gap = e.lower === 'S1' ? 'L5–S1' : `${e.upper}–${e.lower}`
  if (root === 'C1')
    return {
      plain: 'It leaves between the skull and the top neck bone, over the back of its ring.',
      detailed:
        'It leaves between the occiput and the atlas, passing over the posterior arch of the atlas beneath the vertebral artery; there is no intervertebral foramen.',
    }
  if (root === 'C2')
    return {
      plain: 'It leaves between the top two neck bones, behind the joint where they meet.',
      detailed:
        'It leaves between the atlas and the axis, behind the lateral atlanto-axial joint; there is no intervertebral foramen.',
    }
  if (a.relation === 'above')
    return {
      plain: `It leaves through the gap between ${e.upper} and ${lower}. In the neck, each root leaves above the bone with its number.`,
      detailed: `It exits through the ${gap} intervertebral foramen, above the pedicle of ${e.lower}: C2–C7 exit above the vertebra of the same number.`,
    }
  if (a.relation === 'between')
    return {
      plain: 'There is no C8 bone. So the C8 root leaves through the gap between C7 and T1.',
      detailed:
        'With eight cervical nerves and seven cervical vertebrae, C8 exits through the C7–T1 foramen; from T1 down each root exits below its own vertebra.',
    }
  return {
    plain: `It leaves through the gap between ${e.upper} and ${lower}. From T1 down, each root leaves just below the bone with its number.`,
    detailed: `It exits through the ${gap} intervertebral foramen, beneath the pedicle of ${e.upper}: from T1 down, each root exits below its own vertebra.`,
  }
}

function ganglionFact(root: NerveRoot): NeuralFact {
  const a = NERVE_ROOT_ANATOMY[root]
  const plainBump = 'A small bump on the root, the ganglion, holds the nerve cells for feeling.'
  switch (a.ganglion) {
    case 'above-arch':
      return fact(
        `${plainBump} On C1 it is small, and some people have none.`,
        'Its dorsal root and ganglion are small and sometimes absent; the nerve is mainly motor to the suboccipital muscles.',
        G,
      )
    case 'behind-joint':
      return fact(
        `${plainBump} Here it sits just behind the joint between the top two neck bones.`,
        'Its dorsal root ganglion lies behind the lateral atlanto-axial joint, between the posterior arch of the atlas and the lamina of the axis.',
        G,
      )
    case 'foramen':
      return fact(
        `${plainBump} It sits inside the bony gap the root goes out through.`,
        'Its dorsal root ganglion lies in the intervertebral foramen, just before the dorsal and ventral roots join into the spinal nerve.',
        G,
      )
    case 'foramen-medial':
    case 'foramen-lateral':
      return fact(
        `${plainBump} It sits inside the bony gap, in its ${a.ganglion === 'foramen-medial' ? 'inner' : 'outer'} part.`,
        'Its dorsal root ganglion lies in the foramen: in the medial zone at L1–L4 and the lateral zone at L5 (16 cadavers with MRI); on 3D MRI of 115 healthy adults most lumbar ganglia were foraminal and only 5.7 % of L5 ganglia lay inside the canal.',
        [SILVERSTEIN2015, SHEN2006],
      )
    case 'canal':
      return root === 'S1'
        ? fact(
            `${plainBump} For S1 it most often sits inside the canal, not in the gap.`,
            'The S1 dorsal root ganglion lay inside the canal in 83 % of 457 patients (contrast images); the sacral and coccygeal ganglia lie within the sacral canal.',
            [MOON2010, 'grays2020'],
          )
        : fact(
            `${plainBump} For the low roots it sits inside the canal of the sacrum.`,
            'The sacral and coccygeal dorsal root ganglia lie within the sacral canal rather than in the foramina.',
            G,
          )
  }
}

function segmentFact(root: NerveRoot): NeuralFact | null {
  if (root === 'C6' || root === 'C7')
    return fact(
      'This root starts from the cord about one bone higher than the gap it leaves through.',
      `Its root entry zone lies at the vertebra above its own (C6: 94 %, C7: 81 % of 16 cadavers), so it runs down and out to its foramen.`,
      [KIM2012],
    )
  if (/^T([3-9]|1[0-2])$/.test(root))
    return fact(
      'This root starts from the cord about two bones higher. It runs down beside the cord before it turns out.',
      'Its root entry zone lies about two vertebrae above its own (T3–T12 in 16 cadavers), so it runs down along the cord before turning out to its foramen.',
      [KIM2012],
    )
  // L2–L4 leave the lumbar enlargement (about T9–T12, widest at T10–T11: the cord's own fact), not the conus
  if (/^L[2-4]$/.test(root))
    return fact(
      'This root starts from the thick low part of the cord, at about the T10 to T12 bones. It runs down in the bundle of roots before it turns out.',
      'Its segment lies in the lumbar enlargement of the cord, behind about T10–T12 (widest at T10–T11 on MRI); it descends in the cauda equina and leaves the dural sac close to its foramen.',
      [...G, VALOSEK2024],
    )
  if (inCaudaEquina(root))
    return fact(
      'This root starts from the low tip of the cord. It runs down in the bundle of roots before it turns out.',
      'Its segment lies at the lower end of the cord, in or just above the conus medullaris near T12–L1; it descends in the cauda equina and leaves the dural sac close to its foramen.',
      G,
    )
  return null
}

function clinicalFacts(root: NerveRoot): NeuralFact[] {
  const out: NeuralFact[] = []
  if (root === 'C6' || root === 'C7')
    out.push(
      fact(
        'In a study of 561 people with a pinched neck nerve, C7 was the root hit most often. C6 came next.',
        'In a population study of 561 people with cervical radiculopathy, a C7 monoradiculopathy was the most frequent, followed by C6.',
        [RADHAKRISHNAN1994],
      ),
    )
  if (root === 'L5')
    out.push(
      fact(
        'At L4–L5, the L4 root has already turned out through its own gap. The L5 root runs on down past the disc. So a bulging disc at L4–L5 most often presses on L5.',
        'At L4–L5 the L4 root has already entered its foramen while the L5 root sleeve usually leaves the sac at or just below the disc (64 % below, 28 % at, 8 % above in formalin cadavers) and crosses it, so a posterolateral L4–L5 herniation usually compresses L5.',
        [SUH2005, 'grays2020'],
      ),
    )
  if (root === 'S1')
    out.push(
      fact(
        'The S1 root leaves the sac just above the L5–S1 disc and runs past it. So a bulging disc at L5–S1 most often presses on S1.',
        'The S1 root sleeve arises above the L5–S1 disc in about three quarters of cadavers and crosses it, so a posterolateral L5–S1 herniation usually compresses S1.',
        [SUH2005, 'grays2020'],
      ),
    )
  out.push(
    fact(
      'If an arm, hand, leg or foot gets weaker, see a doctor that same day. Do the same if your hands get clumsy or you feel unsteady as you walk. If it feels numb or tingly for a few days, see a doctor within days. New numbness between the legs, new bladder trouble, or both legs going weak means go to the emergency room now.',
      'A limb getting weaker (such as foot drop) or signs of cord compression (clumsy hands, unsteady gait) need same-day medical assessment; numbness or tingling in a limb for days, an urgent review within days; saddle numbness, new bladder or bowel disturbance, or weakness in both legs, emergency assessment now.',
      ['lothianLumbarRedFlags', 'humberSpinePathway', 'davies2018', 'osuCervicalCpg', 'nhsCaudaEquina', 'nhsBackPain'],
    ),
  )
  return out
}

function rootFacts(root: NerveRoot): NeuralFact[] {
  const exit = exitText(root)
  const segment = segmentFact(root)
  return orderRootFacts(
    { exit: fact(exit.plain, exit.detailed, G), ganglion: ganglionFact(root), segment, clinical: clinicalFacts(root) },
    rootExamFacts(root, ROOT_EXAM_EN, ROOT_EXAM_SENTENCES_EN),
  )
}

function rootDimensions(root: NerveRoot): NeuralDimension[] {
  const a = NERVE_ROOT_ANATOMY[root]
  return [
    dim('Root diameter', 'How thick the root is', a.diameter),
    dim('Dorsal root ganglion, greatest width', 'Width of the bump (ganglion)', a.ganglionWidth),
  ]
}

function ligamentFacts(p: ParsedNeural & { kind: 'ligament' }): NeuralFact[] {
  switch (p.ligament) {
    case 'anterior-atlanto-occipital':
      return [
        fact(
          'A wide, tough sheet joins the top of the front of the ring of C1 to the front edge of the big hole in the base of the skull. It lies in front of the peg of C2 and the cords that hold it.',
          'The anterior atlanto-occipital membrane joins the anterior margin of the foramen magnum to the upper border of the anterior arch of the atlas. It is broad and densely woven, continuous at the sides with the capsules of the atlanto-occipital joints, and strengthened in the midline by a rounded cord to the anterior tubercle; the alar ligaments lie behind it.',
          [GRAY1918_PIVOT],
        ),
        fact(
          'No study we found gave its size. How wide and thick it is here is our best guess.',
          'Its width and thickness are estimates: MRI studies describe and measure it, but no published size was reached.',
          ['estimate'],
        ),
      ]
    case 'posterior-atlanto-occipital':
      return [
        fact(
          'A broad, thin sheet joins the top of the back of the ring of C1 to the back edge of the big hole in the skull. It lies behind the spinal cord. On each side it leaves a gap where an artery and the first neck nerve pass.',
          'The posterior atlanto-occipital membrane joins the posterior margin of the foramen magnum to the upper border of the posterior arch of the atlas. It is broad but thin, closely adherent to the dura, and on each side leaves an opening over the groove for the vertebral artery, through which the artery and the suboccipital (first cervical) nerve pass.',
          [GRAY1918_PIVOT],
        ),
        fact(
          'No study we found gave its size. How wide and thick it is here is our best guess. It is drawn narrow, to leave those gaps open.',
          'Its width and thickness are estimates: no published size was reached. The model keeps it narrow enough to leave the grooves for the vertebral arteries and the first cervical nerves open.',
          ['estimate'],
        ),
      ]
    case 'anterior-longitudinal':
      return [
        fact(
          'A long, flat band runs down the front of the spine bones and the discs, from the top neck bone to the sacrum. It helps stop the back from bending too far backward.',
          'The anterior longitudinal ligament runs from the atlas (continuing to the skull base) to the sacrum on the front of the vertebral bodies and discs; it resists extension.',
          G,
        ),
        fact(
          'In the neck it is about 7.5 mm wide, and half that at the top two bones. Lower down, the width shown is our best guess.',
          'It is about 7.5 mm wide from C3 to T1 and 3.8 mm at C1–C2 (six cadavers). No published width below T1 was found: the model’s is an estimate, about half the body’s width.',
          [PANJABI1991_LIGAMENTS, 'estimate'],
        ),
      ]
    case 'posterior-longitudinal':
      return [
        fact(
          'A band runs down the back of the spine bones and discs, inside the canal, just in front of the cord. It is narrow over the bones and fans out over the discs.',
          'The posterior longitudinal ligament runs on the backs of the bodies and discs within the canal, from the axis (continuing upward as the tectorial membrane) to the sacrum: narrow over the bodies, fanning out over the discs. It resists flexion.',
          G,
        ),
        fact(
          'In the low back it gets thin. It is about 8 mm wide at L1 but only about 2 mm at L5.',
          'In the lumbar spine it narrows from 7.8 mm at L1 to 1.9 mm at L5 (13 cadavers). Over the discs its central band measures 8.5 mm at L1–L2 down to 4.8 mm at L5–S1, and its fan 14.7–20.5 mm (14 cadavers). In the neck it is about 7.5 mm wide.',
          [SALAUD2018, LEE2018_PLL, PANJABI1991_LIGAMENTS],
        ),
      ]
    case 'supraspinous':
      return [
        fact(
          'A tough cord runs over the tips of the bumps on the back of the spine, from C7 down to about L4. It helps stop the spine from bending too far forward.',
          'The supraspinous ligament joins the tips of the spinous processes from C7, continuing the ligamentum nuchae; in the lumbar spine it ends at L4 or L5, replaced below by crossing tendon fibres of the erector spinae. The model ends it at L4.',
          [HEYLINGS1978, 'grays2020'],
        ),
        fact(
          'Its size in this model is our best guess.',
          'Its width and thickness are estimates; no published measurement was found.',
          ['estimate'],
        ),
      ]
    case 'nuchae':
      return [
        fact(
          'At the back of the neck, a thin wall of tough tissue runs from the back of the skull down to C7. Neck muscles hold on to it.',
          'The ligamentum nuchae is a dorsal raphe of interwoven trapezius, splenius capitis and rhomboid minor fibres from the external occipital protuberance to C7, with a midline fascial septum running forward to the cervical spines and the atlanto-occipital and atlanto-axial membranes (10 cadavers).',
          [MERCER2003],
        ),
        fact(
          'Only the base of the skull is shown, in a simple shape. So where the top end sits is our best guess. So is its size.',
          'The skull is modelled only round the foramen magnum: the position of the external occipital protuberance, which the drawn squama reaches, and the ligament’s size are estimates.',
          ['estimate'],
        ),
      ]
    case 'transverse-atlas':
      return [
        fact(
          'This strong band runs across the ring of C1, from one side to the other. It holds the peg of C2 against the front of the ring. This keeps the peg off the spinal cord, which lies just behind it.',
          'The transverse ligament of the atlas spans the ring between the tubercles on the inner sides of the lateral masses and arches behind the dens; the back of the dens forms a small joint with the ligament’s cartilage-lined front. With its upper and lower bands it forms the cruciform ligament. It holds the dens against the anterior arch and parts the ring into a front space for the dens and a larger back one for the cord and its meninges.',
          G,
        ),
        fact(
          'In a study of 20 necks it was about 21 mm long.',
          'Mean estimated length 21 mm (20 fresh specimens, 3D digitising of marked bones).',
          [CATTRYSSE2007],
        ),
        fact(
          'How tall and how thick it is here is our best guess.',
          'Its height and thickness are estimates; the length between the model atlas’s tubercles is tested against the published mean.',
          ['estimate'],
        ),
      ]
    case 'alar':
      return [
        fact(
          'Two short, strong cords run from the top of the peg of C2 up and out to the base of the skull, one on each side. They stop the head from turning too far.',
          'The alar ligaments run from the upper lateral sides of the dens to the medial sides of the occipital condyles.',
          G,
        ),
        fact(
          'Each one stops the head turning too far to the other side: the left cord holds back a turn to the right.',
          'Each checks axial rotation of the head to the opposite side: rotation to the right is limited by the left alar ligament, and the reverse (19 specimens). Each is 10–13 mm long and elliptical, about 3 × 6 mm in section.',
          [DVORAK1987_ALAR],
        ),
        fact(
          'They also hold back bending the head to the side. When the left cord was cut in a study, the head bent further to the right.',
          'They also limit lateral bending to the opposite side: transecting the left alar ligament increased the neutral zone of right lateral bending at C0–C1 and right lateral bending at C1–C2, not left (10 specimens).',
          [PANJABI1991_ALAR],
        ),
        fact(
          'In a study of 20 necks they were about 9 mm long.',
          'Mean length 9 ± 2.5 mm, with 117° ± 31° between the two (20 fresh specimens).',
          [CATTRYSSE2007],
        ),
        fact(
          'Here they end on the inner side of the two knobs at the base of the skull. Their length fits the studies. How thick they are is our best guess.',
          'The cords end on the medial sides of the model’s occipital condyles, 10.9 mm long and 108° apart, within one standard deviation of the published 9 ± 2.5 mm and 117° ± 31°; the model’s round cords are 5 mm across, an estimate between the published 3 and 6 mm.',
          [CATTRYSSE2007, 'estimate'],
        ),
      ]
    case 'apical':
      return [
        fact(
          'A thin cord runs from the very tip of the peg of C2 straight up to the skull. It ends at the front edge of the big hole in the base of the skull, where the spinal cord begins.',
          'The apical ligament of the dens runs from the apex of the dens to the anterior margin of the foramen magnum (the basion), between the two alar ligaments.',
          G,
        ),
        fact(
          'It is small and adds little hold. In a study of 20 bodies, 1 in 5 did not have one at all.',
          'Absent in 20 % of 20 adult cadavers; described as a vestigial structure that adds no significant stability.',
          [TUBBS2000_APICAL],
        ),
        fact(
          'In scans of 200 adults, the tip of the peg was less than 8.5 mm from the skull in 95 of every 100. The cord crosses that gap.',
          'The basion–dens interval, which the ligament spans, was under 8.5 mm in 95 % of 200 adults on CT.',
          [ROJAS2007],
        ),
        fact(
          'Here the front edge of the big hole sits 5.5 mm above the tip of the peg. That is our best guess. In scans, 95 in 100 adults had less than 8.5 mm. How thick the cord is, is our guess too.',
          'The model’s basion sits 5.5 mm above the tip of the dens, an estimate below the 8.5 mm limit of 95 % of adults on CT; the cord’s width is an estimate.',
          [ROJAS2007, 'estimate'],
        ),
      ]
    case 'tectorial':
      return [
        fact(
          'A wide, thin sheet runs up from the back of the body of C2. It passes behind the peg and the band that holds it, and fans out on the base of the skull. Its outer layer carries on down the spine as the long band inside the canal.',
          'The tectorial membrane is the upward continuation of the posterior longitudinal ligament: a deep layer fixed to the back of the body of C2 and a superficial one continuous with the PLL, both fanning onto the skull base in front of the foramen magnum (11 cadavers).',
          [OSMOTHERLY2020],
        ),
        fact(
          'It helps stop the head from bending too far forward. When it was cut in a study, the head bent forward about 7° further. Bending back did not change.',
          'Transection increased flexion of the occiput–C1–C2 complex by 6.7° and axial rotation by 5.9°; extension did not change (5 specimens).',
          [ODA1992],
        ),
        fact(
          'Where its top sits on the skull is our best guess. So are its width and thickness.',
          'No published size was found: its width, thickness and how far up the clivus it reaches are estimates.',
          ['estimate'],
        ),
      ]
    case 'flavum': {
      const t = flavumThickness(p.level as JointLevel)
      const lumbar = (p.level as JointLevel).upper.startsWith('L')
      return [
        fact(
          'This yellow, stretchy band joins the arches of two bones. It lines the back of the canal, just behind the cord or nerve roots.',
          'The ligamentum flavum joins the laminae of adjacent vertebrae and lines the back of the canal; its elastic fibres make it yellow and let it stretch as the spine bends forward and recoil as it straightens.',
          G,
        ),
        lumbar
          ? fact(
              'In scans of healthy adults it was about 3 to 4 mm thick in the low back.',
              'Normal thickness on MRI (350 adults, right side): 3.19 mm at L2–L3, 3.38 at L3–L4, 3.71 at L4–L5 and 3.64 at L5–S1; L1–L2 is not in the study, and its thickness here is an estimate.',
              t.confidence === 'E' ? [KHASAWNEH2023, 'estimate'] : [KHASAWNEH2023],
            )
          : fact(
              'Its thickness here is our best guess.',
              'No published thickness for this level was found: the model’s is an estimate.',
              ['estimate'],
            ),
      ]
    }
    case 'interspinous':
      return [
        fact(
          'A thin sheet joins the bumps on the back of two bones. It helps stop the spine from bending too far forward.',
          'The interspinous ligament joins adjacent spinous processes, between the ligamentum flavum in front and the supraspinous ligament behind; its fibres restrain flexion.',
          [MAHATO2013, 'grays2020'],
        ),
        (p.level as JointLevel).upper.startsWith('L')
          ? fact(
              'In the low back it is very thin, less than 1 mm. It is thickest at the bottom, between L5 and the sacrum.',
              'In 25 cadavers it measured 0.22 mm thick in the upper lumbar spaces, 0.37 mm in the middle ones and 0.72 mm at L5–S1.',
              [MAHATO2013],
            )
          : fact(
              'Its thickness here is our best guess.',
              'No published thickness for this level was found: the model’s is an estimate.',
              ['estimate'],
            ),
      ]
    case 'intertransverse':
      return [
        fact(
          'A thin band joins the side wings of two bones. In the neck there is hardly any; small muscles take its place.',
          'The intertransverse ligament joins adjacent transverse processes: a few scattered fibres in the neck, where intertransverse muscles replace it, rounded cords in the thorax and a thin membrane in the lumbar spine.',
          G,
        ),
        fact(
          'Its size in this model is our best guess.',
          'Its width and thickness are estimates; no published measurement was found.',
          ['estimate'],
        ),
      ]
  }
}

function ligamentDimensions(p: ParsedNeural & { kind: 'ligament' }): NeuralDimension[] {
  const level = p.level
  switch (p.ligament) {
    case 'anterior-atlanto-occipital':
    case 'posterior-atlanto-occipital': {
      const size = AO_MEMBRANES[p.ligament === 'anterior-atlanto-occipital' ? 'anterior' : 'posterior']
      return [dim('Width', 'Width', size.width), dim('Thickness', 'Thickness', size.thickness)]
    }
    case 'anterior-longitudinal':
      return [dim('Width, C3–T1', 'Width in the neck', nm(7.5, PANJABI1991_LIGAMENTS, 'P'))]
    case 'posterior-longitudinal':
      return [
        dim('Width at L1', 'Width at L1', nm(7.8, SALAUD2018, 'P')),
        dim('Width at L5', 'Width at L5', nm(1.9, SALAUD2018, 'P')),
        dim('Width over the L4–L5 disc (fan)', 'Width over the L4–L5 disc', nm(20.5, LEE2018_PLL, 'P')),
      ]
    case 'supraspinous':
      return [dim('Width', 'Width', SUPRASPINOUS.width), dim('Thickness', 'Thickness', SUPRASPINOUS.thickness)]
    case 'nuchae':
      return [dim('Septum thickness', 'Thickness', NUCHAE.septumThickness)]
    case 'transverse-atlas':
      return [
        // the model's, between its C1's tubercles, is within 10 % of it (tested), not the same number
        dim('Mean length in a study', 'Mean length in a study', TRANSVERSE_ATLAS.length),
        dim('Height', 'Height', TRANSVERSE_ATLAS.height),
        dim('Thickness', 'Thickness', TRANSVERSE_ATLAS.thickness),
      ]
    case 'alar':
      return [
        dim('Length, mean in a study (the model’s: 10.9 mm)', 'Length in a study of 20 necks', ALAR.length),
        dim('Cross-section, narrow way', 'Thickness, narrow way', ALAR.sectionNarrow),
        dim('Cross-section, wide way', 'Thickness, wide way', ALAR.sectionWide),
        dim('Thickness in the model', 'Thickness in the model', ALAR.thickness),
      ]
    case 'apical':
      return [
        dim(
          'Basion–dens interval, upper limit (95 %)',
          'Gap it crosses: under this in 95 of 100 adults',
          APICAL.basionDensLimit,
        ),
        dim('Length', 'Length', APICAL.length),
        dim('Width', 'Width', APICAL.width),
      ]
    case 'tectorial':
      return [
        dim('Width at C2', 'Width at C2', TECTORIAL.widthAtC2),
        dim('Width at the skull', 'Width at the skull', TECTORIAL.widthAtSkull),
        dim('Thickness', 'Thickness', TECTORIAL.thickness),
      ]
    case 'flavum':
      return [dim('Thickness', 'Thickness', flavumThickness(level as JointLevel))]
    case 'interspinous':
      return [dim('Thickness', 'Thickness', interspinousThickness(level as JointLevel))]
    case 'intertransverse':
      return [
        dim('Width', 'Width', INTERTRANSVERSE_SIZE.width),
        dim('Thickness', 'Thickness', INTERTRANSVERSE_SIZE.thickness),
      ]
  }
}

const SI_FACTS: readonly NeuralFact[] = [
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

const siDimensions = (): NeuralDimension[] => [
  dim('Articular area, men', 'Joint area, men', SI_JOINT.areaMen, 'mm²'),
  dim('Articular area, women', 'Joint area, women', SI_JOINT.areaWomen, 'mm²'),
  dim('Upper limb length', 'Short arm', SI_JOINT.upperLimb),
  dim('Lower limb length', 'Long arm', SI_JOINT.lowerLimb),
  dim('Angle between the limbs', 'Angle between the arms', SI_JOINT.angleBetweenLimbs, '°'),
  dim('Rotation in healthy adults', 'How much it turns', SI_JOINT.rotation, '°'),
]

const OCCIPUT_FACTS: readonly NeuralFact[] = [
  fact(
    'This is the bottom of the skull. The head rests on C1 on two smooth knobs of this bone, one on each side.',
    'The base of the occipital bone: the basilar part (the lower clivus) in front, the occipital condyles at the sides and the squama behind, round the foramen magnum. The condyles are convex and face down and out, onto the superior facets of the atlas.',
    [GRAY1918_OCCIPITAL],
  ),
  fact(
    'In the middle is the biggest hole in the skull. Here the brain stem turns into the spinal cord. The two arteries that climb up through the neck bones pass through it too.',
    'The foramen magnum, an oval longest front to back and wider behind, carries the medulla where it becomes the spinal cord, with its meninges, the vertebral arteries and the spinal roots of the accessory nerves; on 75 dry skulls it measured 35.1 × 29.4 mm on average.',
    [GRAY1918_OCCIPITAL, SHARMA_MEHRA2018],
  ),
  fact(
    'The two knobs rock in cups on top of C1 when you nod yes. In scans of 157 adults, this joint moved about 10 degrees in all, from chin down to chin up, on average.',
    'The atlanto-occipital joints are paired synovial condyloid joints, moving mainly in flexion and extension with a little side bending. On MRI of 157 healthy volunteers, flexion–extension at C0–C1 averaged 9.9° (normal range 0–21°).',
    [...G, KANEKO2018],
  ),
  fact(
    'This joint hardly turns: about 2 degrees each way, on average. When you shake your head no, far more of the turn happens one joint lower, between C1 and C2.',
    'On 3-D MRI of 15 volunteers, axial rotation at C0–C1 was 1.7 ± 1.5° to each side, against 36.2° at C1–C2; turning the head also bent C0–C1 slightly to the opposite side and extended it.',
    [ISHII2004],
  ),
  fact(
    'The ties that hold the peg of C2 end here. The two short cords end on the inner side of the knobs. The thin cord ends at the front edge of the hole. The wide sheet ends on the slope of bone above it.',
    'The alar ligaments attach to a tubercle on the medial side of each condyle, the apical ligament to the basion, and the tectorial membrane to the upper (cranial) surface of the basilar part in front of the foramen magnum.',
    [GRAY1918_OCCIPITAL, ...G],
  ),
  fact(
    'Only the part of the skull around the hole is shown, in a simple shape. The sizes of the hole and the knobs come from studies. The rest of the shape is our best guess.',
    'Only the base round the foramen magnum is modelled. The foramen and the condyles (22.4 × 11.2 × 9.9 mm on CT of 340 condyles) have published mean sizes, and the clivus rises at the published clivo-axial angle; the bone’s thicknesses, the squama and the place of the basion above the dens are estimates. The condyles lie along the model’s C0–C1 joints, so they converge forward less than on dry skulls (front tips 21 mm apart, back tips 41.6 mm, 404 condyles).',
    [SHARMA_MEHRA2018, LE2011, SAYAH2021, NADERI2005, 'estimate'],
  ),
]

function occiputDimensions(): NeuralDimension[] {
  return [
    dim('Foramen magnum, front to back', 'Big hole, front to back', OCCIPITAL.foramenLength),
    dim('Foramen magnum, side to side', 'Big hole, side to side', OCCIPITAL.foramenWidth),
    dim('Occipital condyle, length', 'Each knob, length', OCCIPITAL.condyleLength),
    dim('Occipital condyle, width', 'Each knob, width', OCCIPITAL.condyleWidth),
    dim('Occipital condyle, height', 'Each knob, height', OCCIPITAL.condyleHeight),
    dim('Atlanto-occipital joint space, mean on CT', 'Gap in the joint, average', OCCIPITAL.jointSpace),
    dim('Flexion–extension at C0–C1, mean on MRI', 'How far it nods in all, average', OCCIPITAL.nodding, '°'),
    dim(
      'Axial rotation at C0–C1, each side, mean on MRI',
      'How far it turns each way, average',
      OCCIPITAL.turning,
      '°',
    ),
    dim(
      'Clivo-axial angle, mean over neck positions, MRI',
      'Angle of the skull’s slope to C2',
      OCCIPITAL.clivoAxialAngle,
      '°',
    ),
    dim('Basion above the tip of the dens (model)', 'Edge of the hole above the peg’s tip', OCCIPITAL.basionAboveDens),
  ]
}

const ILIUM_FACTS: readonly NeuralFact[] = [
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

/** Every source key a structure's info names (facts and dimensions), for checking they all resolve. */
export function neuralSourceKeys(id: NeuralId): readonly NeuralSourceKey[] {
  const info = neuralInfo(id)
  return [...info.facts.flatMap((f) => f.sources), ...info.dimensions.map((d) => d.measure.source)]
}
