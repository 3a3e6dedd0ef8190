/** Whether the first frame showing the spine has been drawn, as a flag, a promise and a page event. */
export interface Readiness {
  readonly promise: Promise<void>
  isReady(): boolean
  /** Called once, by the scene on its first drawn frame, or by the app when there is no 3D view. */
  markReady(): void
}

export function createReadiness(onReady: () => void = () => {}): Readiness {
  let resolve: () => void = () => {}
  const promise = new Promise<void>((r) => {
    resolve = r
  })
  let ready = false
  return {
    promise,
    isReady: () => ready,
    markReady() {
      if (ready) return
      ready = true
      resolve()
      onReady()
    },
  }
}
