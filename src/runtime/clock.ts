/** Called once per frame while anything moves: `now` is performance.now() (ms), `delta` seconds since the last frame. */
export type FrameListener = (now: number, delta: number) => void

/**
 * The one clock. It runs a frame loop only while something holds it (a playback, a stretch) and stops
 * when nothing does, so a page at rest costs nothing. Everything that changes with time (the stretch on
 * the spine, the close-up, plots, timeline, progress bars) listens to it instead of running a loop of its own.
 */
export interface FrameClock {
  /** Listens to frames; returns the function that stops listening. */
  onFrame(listener: FrameListener): () => void
  /** Keeps frames coming until the returned release is called (calling it twice is harmless). */
  hold(): () => void
  /** Asks for one frame (after a change while nothing plays, such as scrubbing the timeline). */
  requestFrame(): void
  /** Whether frames are coming now. */
  running(): boolean
}

export interface FrameScheduler {
  request(callback: (now: number) => void): number
  cancel(handle: number): void
}

const browserScheduler: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
}

export function createFrameClock(scheduler: FrameScheduler = browserScheduler): FrameClock {
  const listeners = new Set<FrameListener>()
  let holds = 0
  let handle: number | null = null
  let last = 0
  const frame = (now: number) => {
    handle = null
    // a long gap (a background tab) counts as one ordinary frame, not a jump
    const delta = last === 0 ? 1 / 60 : Math.min((now - last) / 1000, 0.1)
    last = now
    for (const listener of listeners) listener(now, delta)
    // listeners may have released their hold: the last frame still ran, so they show their final state
    if (holds > 0) handle = scheduler.request(frame)
    else last = 0
  }
  const start = () => {
    if (handle === null) handle = scheduler.request(frame)
  }
  return {
    onFrame(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    hold() {
      holds++
      start()
      let released = false
      return () => {
        if (released) return
        released = true
        holds--
      }
    },
    requestFrame: start,
    running: () => handle !== null,
  }
}
