import { type ParsedStructure, regionOf, type StructureId, structure, type VertebraLevel } from './ids'
import { ATLAS, AXIS, COCCYX, SACRUM, VERTEBRA_MEASUREMENTS } from './levels'
import type { Measure } from './measure'
import { posture } from './posture'
import type { SourceKey } from './sources'

/** A sentence shown in the info panel, with the sources behind it. */
export interface Fact {
  readonly text: string
  readonly sources: readonly SourceKey[]
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
      text: 'Neck vertebrae are small, with a hole in each transverse process (the transverse foramen) that carries the vertebral artery.',
      sources: ['panjabi1993'],
    },
    {
      text: 'The facet surfaces lie at roughly 45° to the horizontal, which lets the neck bend, turn and tilt freely.',
      sources: ['whitePanjabi1990'],
    },
  ],
  T: [
    {
      text: 'Chest vertebrae carry facets for the ribs on the body and, down to T10, on the transverse processes.',
      sources: ['panjabi1991t'],
    },
    {
      text: 'The facet surfaces are close to the coronal plane (within about 25–30°), which favours rotation over bending forward and back.',
      sources: ['masharawi2004'],
    },
  ],
  L: [
    { text: 'Lumbar vertebrae have the largest bodies; the endplate widens from L1 to L5.', sources: ['panjabi1992'] },
    {
      text: 'The facets stand nearly vertical; they face the midline at L1–L2 and turn toward the coronal plane lower down, which limits twisting.',
      sources: ['masharawi2004', 'whitePanjabi1990'],
    },
  ],
}

const LEVEL_FACTS: Partial<Record<StructureId, Fact[]>> = {
  C1: [
    {
      text: 'The atlas is a ring with no body. Its lateral masses carry the skull on concave facets.',
      sources: ['patel'],
    },
    { text: 'It is about 71 mm wide from tip to tip of its transverse processes.', sources: ['patel'] },
  ],
  C2: [
    { text: 'The axis carries the dens, a peg about 16 mm tall that the atlas turns around.', sources: ['yousuf'] },
    { text: 'Its large superior facets slope down and out, about 20° from the horizontal.', sources: ['neumann2010'] },
  ],
  C7: [
    { text: 'C7 has the long, single spinous process you can feel at the base of the neck.', sources: ['panjabi1993'] },
  ],
  T12: [
    { text: 'T12 is transitional: thoracic-type facets above, lumbar-type facets below.', sources: ['masharawi2004'] },
  ],
  L5: [
    {
      text: 'L5 has the largest endplate of the lumbar spine, and its wedge-shaped body helps make the lordosis.',
      sources: ['panjabi1992', 'busscher2010'],
    },
  ],
}

function bifidFact(level: VertebraLevel): Fact[] {
  return ['C3', 'C4', 'C5', 'C6'].includes(level)
    ? [{ text: 'Its spinous process splits into two small tubercles (bifid).', sources: ['estimate'] }]
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
        ]
      : [
          { label: 'Body width', unit: 'mm', measure: m.bodyWidth },
          { label: 'Body depth', unit: 'mm', measure: m.bodyDepth },
          { label: 'Body height, front', unit: 'mm', measure: m.bodyHeightAnterior },
          { label: 'Body height, back', unit: 'mm', measure: m.bodyHeightPosterior },
          { label: 'Canal width', unit: 'mm', measure: m.canalWidth },
          { label: 'Canal depth', unit: 'mm', measure: m.canalDepth },
        ]
  if (level === 'C2') rows.push({ label: 'Dens height', unit: 'mm', measure: AXIS.densHeight })
  rows.push({ label: 'Facet inclination to horizontal', unit: '°', measure: m.facetInclination })
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
      return [...(LEVEL_FACTS[p.id] ?? []), ...bifidFact(p.level), ...REGION_FACTS[p.level[0] as 'C' | 'T' | 'L']]
    case 'sacrum':
      return [
        {
          text: 'Five vertebrae fused into one wedge. Its alae spread to the hip bones, and four pairs of foramina let nerves out.',
          sources: ['sacrumMymensingh'],
        },
        {
          text: 'Its top surface slopes forward by about 41° in standing adults (the sacral slope).',
          sources: ['bmcSurg2019'],
        },
      ]
    case 'coccyx':
      return [
        {
          text: `Shown with four fused segments, the commonest count (${COCCYX.segmentsSource.value} % of adults on CT); three or five also occur.`,
          sources: ['woon2013', 'indiran2017'],
        },
      ]
    case 'disc': {
      const pose = posture().discs[p.id]
      const region = regionOf(p)
      return [
        {
          text: 'A disc is a cartilage joint, not a synovial one: a tough outer ring (annulus) around a soft core (nucleus). It has no joint fluid, so it cannot "crack".',
          sources: ['nucleus2014'],
        },
        {
          text: `In this model it is wedged ${Math.abs(pose?.wedge ?? 0).toFixed(1)}° ${(pose?.wedge ?? 0) >= 0 ? 'taller in front' : 'taller behind'}, following the ${region} curve.`,
          sources:
            region === 'lumbar'
              ? ['lumbarDiscMRI', 'bmcSurg2019']
              : region === 'cervical'
                ? ['guo2018']
                : ['bmcSurg2019'],
        },
      ]
    }
    case 'facet': {
      const base: Fact = {
        text: 'A synovial joint: two cartilage-covered surfaces in a sealed capsule of joint fluid. This is the kind of joint that can "crack".',
        sources: ['panjabi1993'],
      }
      if (p.joint.upper === 'C0')
        return [{ text: 'Where the skull rests on the atlas; most nodding happens here.', sources: ['patel'] }, base]
      if (p.joint.upper === 'C1')
        return [
          {
            text: 'The atlas turns on the axis here; about half of head turning happens at this level.',
            sources: ['neumann2010'],
          },
          base,
        ]
      return [base, ...REGION_FACTS[p.joint.upper[0] as 'C' | 'T' | 'L'].slice(1)]
    }
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
      ]
    case 'coccyx':
      return [{ label: 'Straight length', unit: 'mm', measure: COCCYX.straightLength }]
    case 'disc':
      return []
    case 'facet': {
      if (p.joint.lower === 'S1' || p.joint.upper === 'C0') return []
      const m = VERTEBRA_MEASUREMENTS[p.joint.lower]
      return [
        { label: 'Facet inclination to horizontal', unit: '°', measure: m.facetInclination },
        { label: 'Facet angle from the coronal plane', unit: '°', measure: m.facetRotation },
        { label: 'Facet width', unit: 'mm', measure: m.facetWidth },
        { label: 'Facet height', unit: 'mm', measure: m.facetHeight },
      ]
    }
  }
}
