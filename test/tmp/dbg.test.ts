import { it } from 'vitest'
import { dot } from '../../src/anatomy/vec'
import { STRETCHES } from '../../src/content/stretches'
import { FIGURE_SEGMENTS, figurePoser, segmentLowest, segmentShapes } from '../../src/geometry/mannequin'
import { StretchPlayback } from '../../src/physics/stretchPlayback'
it('dbg', () => {
  const shapes = segmentShapes()
  for (const s of STRETCHES) {
    if (!s.motion) continue
    const pose = figurePoser(s.position)
    const pb = new StretchPlayback(s.motion)
    for (const f of [null, pb.keyframes[0], pb.keyframes.at(-1)]) {
      const p = pose(f ?? null)
      const low = FIGURE_SEGMENTS.map((id) => [id, Math.round(segmentLowest(shapes[id], p.matrices[id], p.floor.up) - p.floor.level)] as const).filter(([, v]) => v < 20)
      const hands = (['left','right'] as const).map((sd) => Math.round(dot(p.points.hands[sd], p.floor.up) - p.floor.level))
      const feet = (['left','right'] as const).map((sd) => Math.round(dot(p.points.feet[sd], p.floor.up) - p.floor.level))
      console.log(s.id, s.position, f?.amount ?? 'rest', JSON.stringify(low), 'hands', hands, 'feet', feet)
    }
  }
})
