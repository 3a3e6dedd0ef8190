import { Component, type ReactNode } from 'react'

/**
 * A part of the 3D view fetched on its own (the opened joint, a condition's changes to the spine, the person
 * doing a stretch): if it fails, that part is left out and `onError` says so, instead of the whole view going
 * (a trust review, s37: a condition's chunk that did not arrive took the spine with it for the rest of the
 * visit, and the opened joint's was narrated by the panel though never drawn).
 */
export class SceneFeatureBoundary extends Component<
  { children: ReactNode; onError: (error: unknown) => void },
  { failed: boolean }
> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error)
  }
  override render() {
    return this.state.failed ? null : this.props.children
  }
}
