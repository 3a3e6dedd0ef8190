import { useMemo } from 'react'
import { figureActionFor } from '../../content/figureActions'
import { stretchById } from '../../content/stretches'
import {
  bounds,
  chairLines,
  endView,
  type FlatShape,
  type FlatView,
  flattenPose,
  floorLine,
  sideView,
} from '../../geometry/figureDrawing'
import { type FigurePose, figurePoser, segmentShapes } from '../../geometry/mannequin'
import { useRuntime } from '../../runtime/react'
import { useT } from '../i18n'

function Shapes({ shapes, className }: { shapes: readonly FlatShape[]; className: string }) {
  return (
    <g className={className}>
      {shapes.map((s, i) =>
        s.kind === 'line' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the segments are a fixed list in a fixed order
          <line key={i} x1={s.a[0]} y1={s.a[1]} x2={s.b[0]} y2={s.b[1]} strokeWidth={s.width} />
        ) : (
          <ellipse
            // biome-ignore lint/suspicious/noArrayIndexKey: as above
            key={i}
            cx={s.centre[0]}
            cy={s.centre[1]}
            rx={s.rx}
            ry={s.ry}
            transform={`rotate(${s.degrees} ${s.centre[0]} ${s.centre[1]})`}
          />
        ),
      )}
    </g>
  )
}

/**
 * One view of the person: the start pose in grey, the stretch over it in dark grey, on a floor line (and, for
 * a person sitting, on the outline of a chair).
 */
function View({ rest, moved, view }: { rest: FigurePose; moved: FigurePose | null; view: FlatView }) {
  const shapes = segmentShapes()
  const restShapes = flattenPose(rest, view, shapes)
  const movedShapes = moved ? flattenPose(moved, view, shapes) : []
  const floor = floorLine(rest, view)
  const chair = chairLines(rest, view)
  const [x0, y0, x1, y1] = bounds([...restShapes, ...movedShapes, ...chair], 40)
  const bottom = Math.max(y1, floor + 30)
  return (
    <svg viewBox={`${x0} ${y0} ${x1 - x0} ${bottom - y0}`} aria-hidden="true">
      <line className="handout-floor" x1={x0} x2={x1} y1={floor} y2={floor} />
      {chair.length > 0 && <Shapes shapes={chair} className="handout-chair" />}
      <Shapes shapes={restShapes} className={moved ? 'handout-pose-start' : 'handout-pose'} />
      {moved && <Shapes shapes={movedShapes} className="handout-pose" />}
    </svg>
  )
}

/**
 * The person doing the stretch, drawn flat for print from the same mannequin and movement as the 3D figure
 * (geometry/figureDrawing.ts): from the side and from the front (from the side only for a person lying down),
 * the start pose under the pose at the stretch's full extent. A card with no movement shows the body position alone.
 */
export function StretchDrawing({ cardId, name }: { cardId: string; name: string }) {
  const { stretch } = useRuntime()
  const t = useT()
  const poses = useMemo(() => {
    const card = stretchById(cardId)
    if (!card) return null
    const frames = stretch.prepare(cardId)?.keyframes ?? []
    const pose = figurePoser(card.position, frames, figureActionFor(cardId))
    // the frame furthest into the movement (a cycling one runs from −1 to 1: its far end either way)
    const peak = frames.reduce<(typeof frames)[number] | null>(
      (best, k) => (best === null || Math.abs(k.amount) > Math.abs(best.amount) ? k : best),
      null,
    )
    const rest = pose(null)
    // a person lying down seen from the feet is one dark blob (a clinician's review, s36): from the side only
    const lying = card.position === 'supine' || card.position === 'prone'
    return { rest, moved: peak ? pose(peak) : null, lying }
  }, [stretch, cardId])
  if (!poses) return null
  return (
    <figure
      className={poses.lying ? 'handout-figure handout-figure-lying' : 'handout-figure'}
      role="img"
      aria-label={t('handout.figureLabel', { name })}
    >
      <div className="handout-figure-views">
        <View rest={poses.rest} moved={poses.moved} view={sideView(poses.rest)} />
        {!poses.lying && <View rest={poses.rest} moved={poses.moved} view={endView(poses.rest)} />}
      </div>
      <figcaption>{poses.moved ? t('handout.figureCaption') : t('handout.figureCaptionStill')}</figcaption>
    </figure>
  )
}
