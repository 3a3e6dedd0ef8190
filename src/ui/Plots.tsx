import { useEffect, useRef } from 'react'
import type { CavitationResult } from '../physics/cavitation'
import { useCavitationFeature, useRuntime } from '../runtime/react'
import './Plots.css'

interface Series {
  key: 'separation' | 'pressure' | 'radius' | 'sound'
  label: string
  unit: string
}
const SERIES: readonly Series[] = [
  { key: 'separation', label: 'Joint separation', unit: 'mm' },
  { key: 'pressure', label: 'Fluid pressure', unit: 'kPa' },
  { key: 'radius', label: 'Cavity radius', unit: 'mm' },
  { key: 'sound', label: 'Sound at the skin', unit: 'relative' },
]
const WIDTH = 300
const HEIGHT = 64

function draw(canvas: HTMLCanvasElement, result: CavitationResult, series: Series) {
  const ctx = canvas.getContext('2d')
  if (!ctx) return
  const data = result[series.key]
  let min = Math.min(0, ...data)
  let max = Math.max(...data)
  if (max === min) max = min + 1
  const pad = (max - min) * 0.08
  min -= pad
  max += pad
  ctx.clearRect(0, 0, WIDTH, HEIGHT)
  ctx.strokeStyle = '#2a3644'
  ctx.beginPath()
  const zero = HEIGHT - ((0 - min) / (max - min)) * HEIGHT
  ctx.moveTo(0, zero)
  ctx.lineTo(WIDTH, zero)
  ctx.stroke()
  if (result.onset !== null) {
    const x = (result.onset / result.duration) * WIDTH
    ctx.strokeStyle = '#ff6b6b'
    ctx.setLineDash([3, 3])
    ctx.beginPath()
    ctx.moveTo(x, 0)
    ctx.lineTo(x, HEIGHT)
    ctx.stroke()
    ctx.setLineDash([])
  }
  ctx.strokeStyle = '#7cc4ff'
  ctx.lineWidth = 1.5
  ctx.beginPath()
  const step = Math.max(1, Math.floor(data.length / (WIDTH * 2)))
  for (let i = 0; i < data.length; i += step) {
    const x = ((result.time[i] as number) / result.duration) * WIDTH
    const y = HEIGHT - (((data[i] as number) - min) / (max - min)) * HEIGHT
    if (i === 0) ctx.moveTo(x, y)
    else ctx.lineTo(x, y)
  }
  ctx.stroke()
  ctx.fillStyle = '#9fb0c2'
  ctx.font = '10px system-ui'
  ctx.fillText(`${(max - pad).toFixed(series.key === 'pressure' ? 0 : 2)}`, 2, 10)
  ctx.fillText(`${(min + pad).toFixed(series.key === 'pressure' ? 0 : 2)}`, 2, HEIGHT - 3)
}

export interface PlotsProps {
  /** The run being shown; plots redraw when it changes. */
  result: CavitationResult
}

/**
 * Live plots of separation, pressure, cavity radius and the skin-level sound, with the crack marked on
 * each and a cursor that follows the playback (moved through refs, not React state).
 */
export function Plots({ result }: PlotsProps) {
  const canvases = useRef<(HTMLCanvasElement | null)[]>([])
  const cursors = useRef<(HTMLDivElement | null)[]>([])
  const readouts = useRef<(HTMLSpanElement | null)[]>([])
  const { clock } = useRuntime()
  const { playback } = useCavitationFeature()
  useEffect(() => {
    SERIES.forEach((s, i) => {
      const c = canvases.current[i]
      if (c) draw(c, result, s)
    })
    // the cursors follow the playback on the clock's frames (and stay still when it does)
    const follow = () => {
      const x = (playback.time / result.duration) * 100
      const index = Math.min(result.time.length - 1, Math.round(playback.time / 0.05))
      SERIES.forEach((s, i) => {
        const cursor = cursors.current[i]
        if (cursor) cursor.style.left = `${x}%`
        const readout = readouts.current[i]
        if (readout && s.key !== 'sound')
          readout.textContent = (result[s.key][index] as number).toFixed(s.key === 'pressure' ? 1 : 2)
      })
    }
    follow()
    return clock.onFrame(follow)
  }, [result, clock, playback])
  return (
    <div className="plots">
      {SERIES.map((s, i) => (
        <figure key={s.key} className="plot">
          <figcaption>
            {s.label} ({s.unit}){' '}
            <span
              className="readout"
              ref={(el) => {
                readouts.current[i] = el
              }}
            />
          </figcaption>
          <div className="plot-area">
            <canvas
              width={WIDTH}
              height={HEIGHT}
              ref={(el) => {
                canvases.current[i] = el
              }}
            />
            <div
              className="plot-cursor"
              ref={(el) => {
                cursors.current[i] = el
              }}
            />
          </div>
        </figure>
      ))}
      <p className="plot-note">
        Red line: the moment the surfaces let go. Time axis 0–{result.duration.toFixed(0)} ms of the pull.
      </p>
    </div>
  )
}
