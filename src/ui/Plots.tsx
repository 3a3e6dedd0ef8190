import { useEffect, useMemo, useRef } from 'react'
import { PLOT_TEXTS, PLOT_TIME, type PlotSummaryNumbers } from '../content/cavitation'
import type { CavitationResult } from '../physics/cavitation'
import { useCavitationFeature, useFacetStore, useRuntime } from '../runtime/react'
import { Cite } from './Cite'
import { useCavitationTexts } from './cavitationTexts'
import { useLang } from './i18n'
import {
  type Axis,
  axisFraction,
  formatNumber,
  PLOT_KEYS,
  type PlotKey,
  type PlotScale,
  plotScales,
  ReadoutLabels,
  timeAxis,
} from './plotAxes'
import './Plots.css'

/** Drawing size of each plot, CSS pixels (the canvases hold devicePixelRatio times as many). */
const WIDTH = 272
const HEIGHT = 56
/** The sound changes too fast to read as a number; its plot has no live readout. */
const HAS_READOUT: Record<PlotKey, boolean> = { separation: true, pressure: true, radius: true, sound: false }

const COLOURS = { grid: '#1b2633', zero: '#3a4a5c', onset: '#ff6b6b', line: '#7cc4ff', cursor: '#ffffff' }

/** Sizes a canvas for the screen's pixel density and returns its context drawing in CSS pixels. */
function prepare(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  const ratio = window.devicePixelRatio || 1
  canvas.width = Math.round(WIDTH * ratio)
  canvas.height = Math.round(HEIGHT * ratio)
  const ctx = canvas.getContext('2d')
  ctx?.setTransform(ratio, 0, 0, ratio, 0, 0)
  return ctx
}

/** A time tick centred on its moment, except at the ends, where it keeps inside the plot's width. */
const timeTickStyle = (fraction: number) => ({
  left: `${fraction * 100}%`,
  transform: `translateX(${fraction < 0.03 ? 0 : fraction > 0.97 ? -100 : -50}%)`,
})

const yOf = (axis: Axis, value: number) => (1 - axisFraction(axis, value)) * HEIGHT

/** The run's line on its axes, with faint lines at the ticks and the crack marked: drawn once per run. */
function drawLine(ctx: CanvasRenderingContext2D, result: CavitationResult, scale: PlotScale, time: Axis) {
  const { axis, factor } = scale
  const data = result[scale.key]
  ctx.clearRect(0, 0, WIDTH, HEIGHT)
  ctx.lineWidth = 1
  ctx.strokeStyle = COLOURS.grid
  ctx.beginPath()
  for (const t of time.ticks) {
    const x = Math.round(axisFraction(time, t) * WIDTH) + 0.5
    ctx.moveTo(x, 0)
    ctx.lineTo(x, HEIGHT)
  }
  for (const v of axis.ticks) {
    if (v === 0) continue
    const y = Math.round(yOf(axis, v)) + 0.5
    ctx.moveTo(0, y)
    ctx.lineTo(WIDTH, y)
  }
  ctx.stroke()
  if (axis.min < 0 && axis.max > 0) {
    ctx.strokeStyle = COLOURS.zero
    ctx.beginPath()
    const y = Math.round(yOf(axis, 0)) + 0.5
    ctx.moveTo(0, y)
    ctx.lineTo(WIDTH, y)
    ctx.stroke()
  }
  if (result.onset !== null) {
    const x = axisFraction(time, result.onset) * WIDTH
    ctx.strokeStyle = COLOURS.onset
    ctx.setLineDash([3, 3])
    ctx.beginPath()
    ctx.moveTo(x, 0)
    ctx.lineTo(x, HEIGHT)
    ctx.stroke()
    ctx.setLineDash([])
  }
  ctx.strokeStyle = COLOURS.line
  ctx.lineWidth = 1.5
  ctx.lineJoin = 'round'
  ctx.beginPath()
  for (let i = 0; i < data.length; i++) {
    const x = axisFraction(time, result.time[i] as number) * WIDTH
    const y = yOf(axis, (data[i] as number) * factor)
    if (i === 0) ctx.moveTo(x, y)
    else ctx.lineTo(x, y)
  }
  ctx.stroke()
}

export interface PlotsProps {
  /** The run being shown; plots redraw when it changes. */
  result: CavitationResult
}

/**
 * Live plots of the joint gap, fluid pressure, cavity size and the skin-level sound, each with a value axis
 * in a unit a reader knows (the sound as % of its peak: the model has no trustworthy level in pascals), a
 * shared time axis in ms, a caption, and an accessible summary. The run is drawn once; on the clock's frames
 * only the cursors and readouts move, through refs, without React state or new objects.
 */
export function Plots({ result }: PlotsProps) {
  const detailed = useFacetStore((s) => s.moreDetail)
  const { clock } = useRuntime()
  const { playback } = useCavitationFeature()
  const lines = useRef<(HTMLCanvasElement | null)[]>([])
  const cursors = useRef<(HTMLCanvasElement | null)[]>([])
  const readouts = useRef<(HTMLSpanElement | null)[]>([])
  const scales = useMemo(() => plotScales(result), [result])
  const time = useMemo(() => timeAxis(result.duration), [result])
  const lang = useLang()
  const texts = useCavitationTexts()

  const summaries = useMemo(() => {
    const ms = (t: number) => formatNumber(t, 0, lang)
    return PLOT_KEYS.map((key) => {
      const s = scales[key]
      const n = (v: number) => formatNumber(v, s.decimals, lang)
      const numbers: PlotSummaryNumbers = {
        duration: ms(result.duration),
        onset: result.onset === null ? null : ms(result.onset),
        first: n(s.first),
        lowest: n(s.lowest),
        highest: n(s.highest),
        last: n(s.last),
        pop: formatNumber(result.popDuration, 1, lang),
      }
      return texts.plotSummary(key, numbers, detailed)
    })
  }, [result, scales, detailed, lang, texts])

  useEffect(() => {
    PLOT_KEYS.forEach((key, i) => {
      const canvas = lines.current[i]
      const ctx = canvas && prepare(canvas)
      if (ctx) drawLine(ctx, result, scales[key], time)
    })
    // Everything the frames need is made here, once per run: contexts, series, cached readout texts.
    const cursorContexts = cursors.current.map((c) => (c ? prepare(c) : null))
    const labels = PLOT_KEYS.map((key) => new ReadoutLabels(scales[key].decimals, PLOT_TEXTS[key].unit, lang))
    const shown: (string | null)[] = PLOT_KEYS.map(() => null)
    const step = (result.time[1] as number) - (result.time[0] as number)
    const last = result.time.length - 1
    let shownTime = Number.NaN
    const follow = () => {
      const t = playback.time
      if (t === shownTime) return
      shownTime = t
      const x = Math.round(axisFraction(time, t) * WIDTH)
      const index = Math.min(last, Math.max(0, Math.round(t / step)))
      for (let i = 0; i < PLOT_KEYS.length; i++) {
        const key = PLOT_KEYS[i] as PlotKey
        const ctx = cursorContexts[i]
        if (ctx) {
          ctx.clearRect(0, 0, WIDTH, HEIGHT)
          ctx.fillStyle = COLOURS.cursor
          ctx.fillRect(Math.min(x, WIDTH - 1), 0, 1, HEIGHT)
        }
        const readout = readouts.current[i]
        if (!readout || !HAS_READOUT[key]) continue
        const text = (labels[i] as ReadoutLabels).label((result[key][index] as number) * scales[key].factor)
        if (text !== shown[i]) {
          readout.textContent = text
          shown[i] = text
        }
      }
    }
    follow()
    return clock.onFrame(follow)
  }, [result, scales, time, clock, playback, lang])

  return (
    <div className="plots">
      {PLOT_KEYS.map((key, i) => {
        const text = PLOT_TEXTS[key]
        const words = texts.plots[key]
        const { axis } = scales[key]
        // a run with no pop has no sound to describe: its caption says so instead
        const silent = key === 'sound' && result.onset === null
        const caption = silent ? texts.plotSilent : words.caption
        return (
          <figure key={key} className="plot" data-plot={key}>
            <figcaption>
              <span className="plot-title">{detailed ? words.title.detailed : words.title.plain}</span>
              {HAS_READOUT[key] && (
                <span
                  className="readout"
                  ref={(el) => {
                    readouts.current[i] = el
                  }}
                />
              )}
            </figcaption>
            <div className="axis axis-y" aria-hidden="true">
              <span className="axis-unit">{text.unit}</span>
              <div className="ticks" style={{ height: HEIGHT }}>
                {axis.ticks.map((v) => (
                  <span key={v} className="tick" style={{ top: yOf(axis, v) }}>
                    {formatNumber(v, axis.decimals, lang)}
                  </span>
                ))}
              </div>
            </div>
            <div className="plot-area" role="img" aria-label={summaries[i]} style={{ width: WIDTH, height: HEIGHT }}>
              <canvas
                ref={(el) => {
                  lines.current[i] = el
                }}
              />
              <canvas
                className="plot-cursor"
                ref={(el) => {
                  cursors.current[i] = el
                }}
              />
            </div>
            <p className="plot-caption">
              {detailed ? caption.detailed : caption.plain} {!silent && <Cite keys={text.sources} />}
            </p>
          </figure>
        )
      })}
      <div className="axis axis-x" aria-hidden="true">
        <span className="axis-unit">{PLOT_TIME.unit}</span>
        <div className="ticks" style={{ width: WIDTH }}>
          {time.ticks.map((t) => (
            <span key={t} className="tick" style={timeTickStyle(axisFraction(time, t))}>
              {formatNumber(t, time.decimals, lang)}
            </span>
          ))}
        </div>
      </div>
      <p className="plot-note">{detailed ? texts.plotTimeNote.detailed : texts.plotTimeNote.plain}</p>
    </div>
  )
}
