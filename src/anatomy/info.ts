import { angleFromMidsagittal, type FacingWording, facingPhrase, superiorFacetAngles } from './facetOrientation'
import {
  type JointLower,
  type JointUpper,
  type ParsedStructure,
  type Region,
  regionOf,
  regionOfLevel,
  type StructureId,
  structure,
  type VertebraLevel,
} from './ids'
import {
  ATLAS,
  ATLAS_LATERAL_MASS,
  AXIS,
  COCCYX,
  jointOrientationFacts,
  type LevelFeature,
  levelFeatureFacts,
  S1_FACET,
  S1_FORAMEN_WIDTH,
  SACRAL_HIATUS,
  SACRUM,
  VERTEBRA_MEASUREMENTS,
  vertebraRegionFacts,
} from './levels'
import { listOf } from './lists'
import type { Measure } from './measure'
import { BIFID } from './parts/ids'
import { posture } from './posture'
import type { SourceKey } from './sources'

/**
 * A statement shown in the info panel, in two versions: `plain` for patients (grade 6 or below, no
 * jargon) and `detailed` with the anatomical terms. The sources back both.
 */
export interface Fact {
  readonly plain: string
  readonly detailed: string
  readonly sources: readonly SourceKey[]
  /** A note on the dimensions listed below the facts: left out wherever they are (the patient view). */
  readonly aboutDimensions?: true
  /** A safety note: also shown in the joint's crack close-up, where a reader asks whether it is safe. */
  readonly caution?: true
  /**
   * How this model draws something that real spines vary in (where the thoracic joints turn into lumbar ones):
   * shown in the panel beside the measured and textbook facts, never a flashcard's answer, which a student
   * learns for an exam (a student's review, s38: T11's card taught the model's transition as the answer).
   */
  readonly aboutThisModel?: true
}

export interface Dimension {
  readonly label: string
  readonly unit: 'mm' | '°'
  readonly measure: Measure
}

export interface StructureInfo {
  readonly facts: readonly Fact[]
  readonly dimensions: readonly Dimension[]
}

const REGION_FACTS: Record<'C' | 'T' | 'L', Fact[]> = {
  C: [
    {
      plain:
        'Neck bones are small. Each one has a hole on both sides. A big blood vessel runs up through these holes, most often from C6 to the top bone.',
      detailed:
        'Cervical vertebrae are small, with a hole in each transverse process (the transverse foramen). The vertebral artery usually enters at C6 and runs up through the foramina of C6 to C1.',
      sources: ['vertebralArteryEntry'],
    },
    {
      plain:
        'The small joints at the back of the neck are tilted about halfway between flat and upright. That lets the neck bend, turn and tilt with ease.',
      detailed:
        'The facet surfaces lie at roughly 45° to the horizontal (a textbook figure), which lets the neck bend, turn and tilt freely.',
      sources: ['whitePanjabi1990'],
    },
  ],
  T: [
    {
      plain: 'The ribs join these bones. From T1 to T10, each rib joins its bone in two spots.',
      detailed:
        'Thoracic vertebrae carry costal facets for the ribs on the body and, down to T10, on the transverse processes.',
      // a textbook description: Panjabi 1991 measured the thoracic vertebrae, it did not describe the rib joints
      sources: ['grays2020'],
    },
    {
      plain:
        'In the upper back, the faces of the small joints at the back point mostly backward. They line up across the body, from side to side, like tiles on a steep roof. That lets this part of the spine twist more than it bends.',
      detailed:
        'In the transverse plane the facets lie close to the coronal plane, about 25–30° from it. Measured from the midsagittal plane, as the lumbar figures are, that is 60–65°, but opening the other way: thoracic facets face a little outward, lumbar ones inward. Textbooks teach that this orientation allows rotation more than flexion and extension.',
      sources: ['masharawi2004', 'whitePanjabi1990'],
    },
  ],
  L: [
    {
      plain: 'The low back bones are the biggest in the spine. They get wider from L1 down to L5.',
      detailed: 'Lumbar vertebrae have the largest bodies; the endplate widens from L1 to L5.',
      sources: ['panjabi1992'],
    },
    {
      plain:
        'The small joints here stand upright. At the top of the low back they face each other, side to side, so they limit how much the spine can twist. Lower down they turn to face more toward the back. Each level turns only a little.',
      detailed:
        'The facets stand nearly vertical. From T12 to L2 they lie close to the midsagittal plane (about 26–34° from it), an orientation that limits axial rotation. From L3 to L5 they turn away from it (about 40–56°), toward the coronal plane. Each lumbar level rotates only about 2°.',
      sources: ['masharawi2004', 'whitePanjabi1990', 'pearcy1984'],
    },
  ],
}

/**
 * The features of a level that books teach and exams ask for (`levelFeatureFacts`): the bone panels of C3–C6,
 * T6 and L1–L5 had none of them (a student's review, s38). Textbook descriptions, not measurements.
 */
const FEATURE_FACTS: Readonly<Record<LevelFeature, Fact>> = {
  uncinate: {
    plain:
      'The top of its main block turns up in a rim at each side. Each rim meets the bone above in a tiny side joint.',
    detailed:
      'The upper surface of its body turns up at each side into an uncinate process, which meets the bevelled lower edge of the body above at an uncovertebral joint (of Luschka).',
    sources: ['grays2020'],
  },
  cervicalTubercles: {
    plain:
      'Each side arm ends in two small bumps, one in front and one behind. A nerve runs out in the groove between them.',
    detailed:
      'Each transverse process ends in an anterior and a posterior tubercle; the spinal nerve runs out in the groove on its upper surface, between them.',
    sources: ['grays2020'],
  },
  carotidTubercle: {
    plain:
      'The front bump on each side arm of C6 is large. A big artery of the neck runs just in front of it. It is called the carotid bump.',
    detailed:
      'The anterior tubercle of its transverse process is large: the carotid tubercle, against which the common carotid artery can be pressed.',
    sources: ['grays2020'],
  },
  cervicalCanal: {
    plain: 'The hole for the spinal cord is big for so small a bone, and shaped like a triangle.',
    detailed: 'Its vertebral foramen is large for the size of the bone, and triangular.',
    sources: ['grays2020'],
  },
  thoracicBody: {
    plain:
      'Seen from above, its main block is shaped a bit like a heart. The hole for the spinal cord is small and round.',
    detailed: 'Seen from above, its body is heart-shaped and its vertebral foramen small and circular.',
    sources: ['grays2020'],
  },
  demifacets: {
    plain:
      'Each side of the main block has two half joint faces, one at the top and one at the bottom. The head of a rib sits across two bones and meets a half face on each.',
    detailed:
      'Each side of its body carries a superior and an inferior costal demifacet: the head of a rib spans the disc and meets the demifacets of two vertebrae.',
    sources: ['grays2020'],
  },
  lumbarBody: {
    plain: 'Seen from above, its big main block is shaped like a kidney. The hole for the nerves is a triangle.',
    detailed: 'Seen from above, its large body is kidney-shaped, and its vertebral foramen triangular.',
    sources: ['grays2020'],
  },
  lumbarProcesses: {
    plain:
      'Each upper joint knob has a small round bump on its back edge, where a deep back muscle holds on. A tiny spur sits at the root of each side arm.',
    detailed:
      'Each superior articular process bears a mammillary process on its posterior border, where multifidus attaches, and an accessory process lies on the back of the root of each transverse process.',
    sources: ['grays2020'],
  },
}

/** What the thoracolumbar junction's facet joints say of their orientation (`isJunctionJoint`). */
const JUNCTION_FACT: Fact = {
  plain:
    'This joint sits where the upper back turns into the low back. Its two faces stand upright and face each other, side to side, as at the top of the low back. That limits twisting here.',
  detailed:
    'At the thoracolumbar junction the facets turn from the thoracic, near-coronal orientation to the lumbar one: from T12 to L2 they lie close to the midsagittal plane (about 26–34° from it), limiting axial rotation. The level of the change is highly variable between people.',
  sources: ['masharawi2004'],
}

/** T11's and T12's own ribs (the floating ones): one whole facet on the body, none on the transverse process. */
const FLOATING_RIB_FACT: Fact = {
  plain:
    'Its own rib joins it at one spot only: a single round face on the side of its body. Its side arms have no rib joint.',
  detailed:
    'It carries one whole costal facet on each side of its body for its own rib, and none on its transverse processes: the 11th and 12th ribs are floating ribs.',
  sources: ['grays2020'],
}

const LEVEL_FACTS: Partial<Record<StructureId, Fact[]>> = {
  C1: [
    {
      plain:
        'The atlas is a ring of bone. Unlike the others, it has no solid block in front. The skull sits in two cups on its top.',
      detailed: 'The atlas is a ring with no body. Its lateral masses carry the skull on concave superior facets.',
      sources: ['patel'],
    },
    {
      plain: 'It is about 71 mm wide, from tip to tip.',
      detailed: 'It is about 71 mm wide from tip to tip of its transverse processes.',
      sources: ['patel'],
    },
    {
      // a textbook figure quoted on a lay page ([L] in the reference), so told as one (content review, s42)
      plain:
        'Its lower joint faces slope down a little where they rest on C2. A textbook says about 20°. No one has measured it.',
      detailed:
        'Its inferior facets slope below the horizontal where they meet the axis: about 20° by a textbook figure (Neumann), not a published measurement.',
      sources: ['neumann2010'],
    },
  ],
  C2: [
    {
      plain: 'The axis has a peg on top, called the dens. It is about 16 mm tall, and the atlas turns around it.',
      detailed: 'The axis carries the dens (odontoid process), a peg about 16 mm tall that the atlas turns around.',
      sources: ['yousuf'],
    },
    {
      plain:
        'Its wide top joint faces hold up the atlas. Teaching notes say about half of all head turning happens here.',
      detailed:
        'Its broad superior facets meet the inferior facets of the atlas at the lateral atlanto-axial joints, where about half of neck rotation takes place, by a teaching figure.',
      sources: ['upperCervicalShare'],
    },
  ],
  C7: [
    {
      plain: 'C7 has a long bump at the back. It is the bump you can feel at the base of your neck.',
      detailed: 'C7 (vertebra prominens) has the long, single spinous process you can feel at the base of the neck.',
      sources: ['grays2020'],
    },
    {
      plain:
        'C7 has the side holes too. But the big blood vessel in the neck most often goes in one bone higher, at C6, and skips C7.',
      detailed:
        'C7 has transverse foramina too, but the vertebral artery usually passes them by: it entered at C6 in 92 % of over 32,000 arteries pooled from 62 studies, and none of 32 dissected C7 foramina held it (they held veins, nerves or fat).',
      sources: ['vertebralArteryEntry', 'c7TransverseForamen'],
    },
  ],
  T1: [
    {
      plain:
        'The first rib joins T1 at one whole round face on each side of its main block. Just below sits a half face for the second rib.',
      detailed:
        'Its body carries a whole costal facet on each side for the head of the first rib, and an inferior demifacet for the head of the second.',
      sources: ['grays2020'],
    },
  ],
  // the model's transitional bone (its lower facets meet T12's, which the measured means put with the lumbar
  // ones): said on its own panel too, where a student looking for the change would look (student review)
  T11: [
    {
      plain:
        'In this model, T11 is the bone where the joints change. Its upper faces are like the rest of the upper back’s. Its lower faces, which meet T12, already stand like low back joints, facing side to side. Many textbooks put this change one bone lower, at T12. Real spines vary.',
      detailed:
        'In this model T11 is the transitional vertebra: its superior facets lie near the coronal plane, as those of T1–T11 did in the measured series, while its inferior facets meet those of T12, which lay close to the midsagittal plane (about 26–34° from it) with those of L1–L2. Many texts place the transition at T12; its level varies between people (an abrupt change lay at T11 in 16 % of 214 spines on CT).',
      sources: ['masharawi2004', 'singer1988'],
      aboutThisModel: true,
    },
    FLOATING_RIB_FACT,
  ],
  T12: [
    {
      plain:
        'Many anatomy books teach T12 as the bone where the upper back turns into the low back. Real spines vary. In a big study, the joints of T12 already faced side to side, like low back joints. So the change came around T11 and T12.',
      detailed:
        'Many anatomy texts name T12 the transitional vertebra of the thoracolumbar junction, whose level varies between people. In 240 columns, the facets of T12 to L2 lay close to the midsagittal plane (about 26–34° from it), like lumbar facets, where those of T1–T11 lay near the coronal plane.',
      sources: ['singer1988', 'masharawi2004'],
    },
    // the textbook answer beside the measured one, which the model follows (student review: the panel never
    // said that the usual exam answer differs)
    {
      plain:
        'In this model, the joints change at T11: its upper faces are like the upper back’s, its lower faces like the low back’s. Many textbooks teach T12 as the bone where the joints change, one bone lower. Real spines vary more. In a study of 214 spines on scans, the change came all at once at T12 in 29 of 100. It came at T11 in 16 of 100, and hardly ever at L1. In about half, it came bit by bit over T11 and T12. In another study, it came bit by bit over two or three bones in 41 of 44 spines from skeletons. This model follows the measured averages. In them, T12’s upper faces already turn toward the middle, so the change sits at the joint between T11 and T12.',
      detailed:
        'In this model T11 is the transitional vertebra (thoracic-type superior facets, lumbar-type inferior facets), one level above the T12 that many anatomy texts teach, with superior facets near the coronal plane and inferior facets near the sagittal plane. Measured spines vary: in 214 (on CT), an abrupt transition on a single vertebra lay at T12 in 29 %, at T11 in 16 % and at L1 in 0.5 %, and in 54 % the zygapophyseal joints turned gradually over T11 and T12. In 44 dry columns the change was gradual over two or three vertebrae in 41; as the superior articular process turns sagittal it meets, and fuses with, the mammillary tubercle. This model follows the measured means, in which T12’s superior facets already lie close to the midsagittal plane, as lumbar facets do: its change lies at the T11–T12 joint.',
      sources: ['singer1988', 'palRoutal1999', 'masharawi2004'],
      aboutThisModel: true,
    },
    FLOATING_RIB_FACT,
  ],
  L5: [
    {
      plain:
        'L5 has the widest top of all the low back bones. It is taller in front than in back. That shape helps make the inward curve of the low back.',
      detailed: 'L5 has the largest endplate of the lumbar spine, and its wedge-shaped body helps make the lordosis.',
      sources: ['panjabi1992', 'busscher2010'],
    },
  ],
}

/**
 * Whether a bone's first fact is its own (the atlas, the axis, C7, T12, L5, a bifid cervical vertebra, the
 * sacrum, the coccyx…) rather than its region's, which the other vertebrae of the region share.
 */
export function hasOwnFacts(id: StructureId): boolean {
  const p = structure(id)
  if (p.kind !== 'vertebra') return p.kind === 'sacrum' || p.kind === 'coccyx'
  return LEVEL_FACTS[p.id] !== undefined || BIFID.has(p.level)
}

// A textbook description, not a measurement.
function bifidFact(level: VertebraLevel): Fact[] {
  return BIFID.has(level)
    ? [
        {
          plain: 'The bump at the back of this bone splits into two small knobs.',
          detailed: 'Its spinous process splits into two small tubercles (bifid), as anatomy texts describe for C2–C6.',
          sources: ['grays2020'],
        },
      ]
    : []
}

function vertebraDimensions(level: VertebraLevel): Dimension[] {
  const m = VERTEBRA_MEASUREMENTS[level]
  const rows: Dimension[] =
    level === 'C1'
      ? [
          { label: 'Total width', unit: 'mm', measure: ATLAS.totalWidth },
          { label: 'Canal, front to back', unit: 'mm', measure: ATLAS.canalDepth },
          { label: 'Canal, side to side', unit: 'mm', measure: ATLAS.canalWidth },
          { label: 'Anterior arch height', unit: 'mm', measure: ATLAS.anteriorArchHeight },
          { label: 'Posterior arch height', unit: 'mm', measure: ATLAS.posteriorArchHeight },
          { label: 'Upper facet, front to back', unit: 'mm', measure: ATLAS.superiorFacetLength },
          { label: 'Upper facet, side to side', unit: 'mm', measure: ATLAS.superiorFacetWidth },
          { label: 'Lateral mass, front to back', unit: 'mm', measure: ATLAS_LATERAL_MASS.depth },
          { label: 'Lower facet, front to back', unit: 'mm', measure: ATLAS.inferiorFacetLength },
          { label: 'Lower facet, side to side', unit: 'mm', measure: ATLAS.inferiorFacetWidth },
          { label: 'Facet for the dens, height', unit: 'mm', measure: ATLAS.dentalFacetHeight },
          { label: 'Facet for the dens, width', unit: 'mm', measure: ATLAS.dentalFacetWidth },
          { label: 'Transverse foramina, outer edges apart', unit: 'mm', measure: ATLAS.transverseForaminaOuter },
          { label: 'Transverse foramina, inner edges apart', unit: 'mm', measure: ATLAS.transverseForaminaInner },
          { label: 'Bone under the vertebral artery groove', unit: 'mm', measure: ATLAS.arteryGrooveThickness },
          { label: 'Artery groove, inner edge from the midline', unit: 'mm', measure: ATLAS.arteryGrooveInner },
          { label: 'Artery groove, width', unit: 'mm', measure: ATLAS.arteryGrooveWidth },
          { label: 'Artery groove, depth below the back of the arch', unit: 'mm', measure: ATLAS.arteryGrooveDepth },
          { label: 'Whole ring, front to back', unit: 'mm', measure: ATLAS.outerDepth },
          { label: 'Anterior arch thickness', unit: 'mm', measure: ATLAS.anteriorArchThickness },
          { label: 'Posterior arch width beside the lateral mass', unit: 'mm', measure: ATLAS.posteriorArchWidth },
        ]
      : [
          { label: 'Body width', unit: 'mm', measure: m.bodyWidth },
          { label: 'Body depth', unit: 'mm', measure: m.bodyDepth },
          { label: 'Body height, front', unit: 'mm', measure: m.bodyHeightAnterior },
          { label: 'Body height, back', unit: 'mm', measure: m.bodyHeightPosterior },
          { label: 'Canal width', unit: 'mm', measure: m.canalWidth },
          { label: 'Canal depth', unit: 'mm', measure: m.canalDepth },
        ]
  if (level === 'C2')
    rows.push(
      { label: 'Total height', unit: 'mm', measure: AXIS.totalHeight },
      { label: 'Dens height', unit: 'mm', measure: AXIS.densHeight },
      { label: 'Dens, front to back', unit: 'mm', measure: AXIS.densDepth },
      { label: 'Dens, side to side', unit: 'mm', measure: AXIS.densWidth },
      { label: 'Dens, narrowest width', unit: 'mm', measure: AXIS.densNeckWidth },
      { label: 'Pedicle width', unit: 'mm', measure: m.pedicleWidth },
      { label: 'Lamina height', unit: 'mm', measure: AXIS.laminaHeight },
      { label: 'Lamina thickness', unit: 'mm', measure: m.laminaThickness },
      { label: 'Upper facet, front to back', unit: 'mm', measure: m.facetHeight },
      { label: 'Upper facet, side to side', unit: 'mm', measure: m.facetWidth },
    )
  // the bone's upper facets, which its row measures: C1's text gives its lower ones (20°, where they meet C2)
  rows.push({ label: 'Upper facet inclination to horizontal', unit: '°', measure: m.facetInclination })
  // seen from above, against the plane the lumbar series use (the thoracic figure turned to it: 90° − 27.5°)
  const fromMidline = angleFromMidsagittal(m.facetInclination, m.facetRotation)
  if (fromMidline) rows.push({ label: 'Upper facet angle from the midsagittal plane', unit: '°', measure: fromMidline })
  return rows
}

/** What the info panel says about a structure: level-specific facts and key dimensions with sources. */
export function structureInfo(id: StructureId): StructureInfo {
  const p = structure(id)
  return { facts: facts(p), dimensions: dimensions(p) }
}

function facts(p: ParsedStructure): Fact[] {
  switch (p.kind) {
    case 'vertebra':
      return [
        ...(LEVEL_FACTS[p.id] ?? []),
        ...bifidFact(p.level),
        ...vertebraRegionFacts(REGION_FACTS, p.level),
        ...levelFeatureFacts(FEATURE_FACTS, p.level),
        boneFacingFact(p.level),
      ]
    case 'sacrum':
      return [
        {
          plain:
            'The sacrum is five bones grown into one, shaped like a wedge. Its wings join the hip bones. Nerves come out through four pairs of holes.',
          detailed:
            'Five vertebrae fused into one wedge. Its alae spread to the hip bones, and four pairs of sacral foramina let nerves out.',
          sources: ['grays2020'],
        },
        {
          plain: 'Its top tips forward, about 41° from flat, when you stand.',
          detailed: 'Its top surface slopes forward by about 41° in standing adults (the sacral slope).',
          sources: ['bmcSurg2019'],
        },
        boneFacingFact('S1'),
      ]
    case 'coccyx': {
      const share = COCCYX.segmentsSource.value
      return [
        {
          plain: `This model shows four small bones joined into one. A scan study found four in ${share} of 100 adults. Another big scan study found three most often. Some people have five.`,
          detailed: `Shown with four segments, the count most often found in two CT studies (${share} % of adults in one); a larger CT study of 500 adults found three most often (50.8 %), and five also occur.`,
          sources: ['woon2013', 'indiran2017', 'przybylski2013'],
        },
      ]
    }
    case 'disc':
      return [
        {
          plain:
            'A disc is a soft pad between two bones. It has a tough outer ring and a soft core. It has no joint fluid, so it can’t pop like the small joints. Worn discs can hold some gas, but that is not a pop.',
          detailed:
            'A disc is a cartilaginous joint, not a synovial one: a tough outer ring (annulus fibrosus) around a soft core (nucleus pulposus). With no synovial fluid film it does not cavitate like a facet joint; gas does collect in degenerated discs (vacuum phenomenon, in about half of people over 60 on CT), which is not the sudden cavity of a joint pop.',
          sources: ['nucleus2014', 'cawley2024'],
        },
        wedgeFact(p),
      ]
    case 'facet': {
      const base: Fact = {
        plain:
          'This is a small joint with fluid inside. Two smooth faces slide on each other in a sealed sac. This kind of joint can “crack”.',
        detailed:
          'A synovial joint: two cartilage-covered surfaces in a sealed capsule of joint fluid. This is the kind of joint that can “crack”.',
        sources: ['grays2020', 'kawchuk2015'],
      }
      // the neck's joints: the reader's likeliest question there is whether cracking it is safe (faq.ts, neck-vs-back)
      const neck: Fact[] =
        regionOfLevel(p.joint.upper) === 'cervical' || p.joint.upper === 'C0'
          ? [
              {
                plain:
                  'In the neck, do not force a pop, and do not let a friend crack it for you. Move it gently instead. A sudden, very bad headache, feeling dizzy, or trouble seeing or talking are warning signs: call for help at once.',
                detailed:
                  'Cervical self-manipulation should not be forced or repeated to obtain a cavitation, and untrained people cannot screen for the contraindications to manipulation; a case report describes a dissection of a neck artery in a woman who habitually cracked her own neck. Sudden severe headache or neck pain, dizziness, visual disturbance or dysarthria may signal cervical artery dissection: call emergency services at once.',
                sources: ['mosby2011', 'osuCervicalCpg', 'strokeSigns'],
                caution: true,
              },
            ]
          : []
      if (p.joint.upper === 'C0')
        return [
          {
            plain:
              'This is where the skull sits on the top neck bone, for the small nod of “yes”. In scans of 157 adults, it moved about 10 degrees in all, from chin down to chin up.',
            detailed:
              'The atlanto-occipital joint, where the occipital condyle of the skull rests on the atlas, moves mainly in flexion and extension: 9.9° on average from full flexion to full extension on MRI of 157 adults (normal 0–21°). Teaching notes put about half of the neck’s nodding here; no measured share was found.',
            sources: ['patel', 'kaneko2018', 'upperCervicalShare'],
          },
          base,
          ...neck,
          jointFacingFact(p.joint.upper, p.joint.lower),
        ]
      if (p.joint.upper === 'C1')
        return [
          {
            plain:
              'Here the top neck bone turns on the one below it. Teaching notes say about half of all head turning happens here.',
            detailed:
              'The atlas turns on the axis here; about half of neck rotation happens at this level, by a teaching figure.',
            sources: ['upperCervicalShare'],
          },
          base,
          ...neck,
          jointFacingFact(p.joint.upper, p.joint.lower),
        ]
      const sizes: Fact = {
        plain:
          'The sizes of this joint below are our best guess. No study lists them level by level. They stay inside the range measured in real spines.',
        detailed:
          'Per-level facet sizes below are estimates: no per-level table was reachable. They stay within the range Panjabi measured from C3 to L5 in 276 vertebrae (width 9.6–16.3 mm, height 10.2–18.4 mm).',
        sources: ['panjabi1993', 'estimate'],
        aboutDimensions: true,
      }
      // L5–S1 shows no sizes (the sacrum's facets are not in the table), so it needs no caveat
      const caveat = p.joint.lower === 'S1' ? [] : [sizes]
      const orientation = jointOrientationFacts(REGION_FACTS, JUNCTION_FACT, p.joint.upper, p.joint.lower)
      return [base, ...neck, ...orientation, jointFacingFact(p.joint.upper, p.joint.lower), ...caveat]
    }
  }
}

// ——— which way the facets face, in words (anatomy/facetOrientation.ts) ———

const FACING_PLAIN: FacingWording = {
  words: { up: 'up', back: 'back', in: 'toward the middle', out: 'out to the side' },
  join: (words) => listOf(words, 'en'),
  withSlight: (main, slight) => `${main}, and a little ${slight}`,
}
const FACING_TERMS: FacingWording = {
  words: { up: 'superiorly', back: 'posteriorly', in: 'medially', out: 'laterally' },
  join: (words) => listOf(words, 'en'),
  withSlight: (main, slight) => `${main}, and slightly ${slight}`,
}

/**
 * The facing's sources: those of the two angles it is worked out from, and the textbook that names it; not
 * for T12, whose superior facets textbooks teach as thoracic where the model follows Masharawi's lumbar-like
 * T12–L2 group, with the caveat that the level of the change varies.
 */
function facingSources(bone: VertebraLevel | 'S1'): SourceKey[] {
  const { inclination, rotation } = superiorFacetAngles(bone)
  return [
    ...new Set<SourceKey>([rotation.source, inclination.source, ...(bone === 'T12' ? [] : ['grays2020' as const])]),
  ]
}

/** T12's facets, where the thoracic ones turn into lumbar ones at a level that differs between people. */
const VARIES = {
  plain: ' Where this change happens differs from person to person.',
  detailed: ' The level of the change is highly variable between people.',
}
const variesAt = (bone: VertebraLevel | 'S1', kind: 'plain' | 'detailed') => (bone === 'T12' ? VARIES[kind] : '')

/** Which way a bone's upper joint faces (its superior facets) point: what students are examined on. */
function boneFacingFact(bone: VertebraLevel | 'S1'): Fact {
  return {
    plain: `Its upper joint faces point ${facingPhrase(bone, FACING_PLAIN)}.${variesAt(bone, 'plain')}`,
    detailed: `Its superior articular facets face ${facingPhrase(bone, FACING_TERMS)}.${variesAt(bone, 'detailed')}`,
    sources: facingSources(bone),
  }
}

/** Which way a facet joint's two faces point: the lower bone's superior facet, and the upper's the other way. */
function jointFacingFact(upper: JointUpper, lower: JointLower): Fact {
  const below = lower === 'S1' ? 'the sacrum' : lower
  const above = upper === 'C0' ? 'the skull' : upper
  return {
    plain: `The joint face on ${below} points ${facingPhrase(lower, FACING_PLAIN)}. The one on ${above} points the other way.${variesAt(lower, 'plain')}`,
    detailed: `The superior facet of ${lower === 'S1' ? 'S1' : lower} faces ${facingPhrase(lower, FACING_TERMS)}; the ${upper === 'C0' ? 'occipital condyle' : `inferior facet of ${upper}`} faces the opposite way.${variesAt(lower, 'detailed')}`,
    sources: facingSources(lower),
  }
}

const PLAIN_CURVE: Record<Region, string> = {
  cervical: 'the neck',
  thoracic: 'the upper back',
  lumbar: 'the low back',
  sacrum: 'the base of the spine',
  coccyx: 'the tailbone',
}

/** How this model wedges a disc to follow its curve; below half a degree it reads as flat. */
function wedgeFact(p: ParsedStructure & { kind: 'disc' }): Fact {
  const wedge = posture().discs[p.id]?.wedge ?? 0
  const region = regionOf(p)
  const degrees = Math.abs(wedge).toFixed(1)
  const flat = Math.abs(wedge) < 0.5
  const side = wedge >= 0 ? 'front' : 'back'
  return {
    plain: flat
      ? `In this model the disc is about as thick in front as in back. That fits the curve of ${PLAIN_CURVE[region]}.`
      : `In this model the disc is a slight wedge (${degrees}°), thicker in ${side}. That fits the curve of ${PLAIN_CURVE[region]}.`,
    detailed: flat
      ? `In this model its endplates are almost parallel (wedge ${degrees}°), following the ${region} curve.`
      : `In this model it is wedged ${degrees}° taller ${wedge >= 0 ? 'in front' : 'behind'}, following the ${region} curve.`,
    sources:
      region === 'lumbar' ? ['lumbarDiscMRI', 'bmcSurg2019'] : region === 'cervical' ? ['guo2018'] : ['bmcSurg2019'],
  }
}

function dimensions(p: ParsedStructure): Dimension[] {
  switch (p.kind) {
    case 'vertebra':
      return vertebraDimensions(p.level)
    case 'sacrum':
      return [
        { label: 'Length', unit: 'mm', measure: SACRUM.length },
        { label: 'Width', unit: 'mm', measure: SACRUM.width },
        { label: "S1 body width, men's mean", unit: 'mm', measure: SACRUM.s1Width },
        { label: "S1 body depth, men's mean", unit: 'mm', measure: SACRUM.s1Depth },
        { label: 'S1 upper facet width', unit: 'mm', measure: S1_FACET.width },
        { label: 'S1 upper facet height', unit: 'mm', measure: S1_FACET.height },
        { label: 'S1 back foramen, width', unit: 'mm', measure: S1_FORAMEN_WIDTH },
        { label: 'Sacral hiatus, length', unit: 'mm', measure: SACRAL_HIATUS.length },
        { label: 'Sacral hiatus, width at its base', unit: 'mm', measure: SACRAL_HIATUS.baseWidth },
      ]
    case 'coccyx':
      return [{ label: 'Straight length', unit: 'mm', measure: COCCYX.straightLength }]
    case 'disc':
      return []
    case 'facet': {
      if (p.joint.upper === 'C0') return []
      // the joint's lower half: the superior facet of the bone below (S1's from its own row)
      const m =
        p.joint.lower === 'S1'
          ? {
              facetInclination: S1_FACET.inclination,
              facetRotation: S1_FACET.rotation,
              facetWidth: S1_FACET.width,
              facetHeight: S1_FACET.height,
            }
          : VERTEBRA_MEASUREMENTS[p.joint.lower]
      // seen from above, from the midsagittal plane, as in the bone's table and the lumbar texts; not said of a
      // nearly flat facet (the axis's, under the atlas), which faces up, not any way round
      const fromMidline = angleFromMidsagittal(m.facetInclination, m.facetRotation)
      const turn: Dimension[] = fromMidline
        ? [{ label: 'Facet angle from the midsagittal plane', unit: '°', measure: fromMidline }]
        : []
      return [
        { label: 'Facet inclination to horizontal', unit: '°', measure: m.facetInclination },
        ...turn,
        { label: 'Facet width', unit: 'mm', measure: m.facetWidth },
        { label: 'Facet height', unit: 'mm', measure: m.facetHeight },
      ]
    }
  }
}
