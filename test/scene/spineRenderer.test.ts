import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createSpineRenderer,
  isSoftwareRendererName,
  NoWebGLError,
  pixelRatioFor,
  whenDrawn,
} from '../../src/scene/spineRenderer'

describe('the spine renderer', () => {
  it('tells CPU renderers from GPUs by the names browsers report', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.7, 256 bits)',
      'Mesa softpipe',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
    ])
      expect(isSoftwareRendererName(name), name).toBe(true)
    for (const name of [
      'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
      'Apple M2',
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Adreno (TM) 650',
    ])
      expect(isSoftwareRendererName(name), name).toBe(false)
  })

  it('draws one pixel per CSS pixel on a CPU renderer and two on a GPU', () => {
    expect(pixelRatioFor(true)).toBe(1)
    expect(pixelRatioFor(false)).toBe(2)
  })

  it('says there is no WebGL when the canvas gives no context, without making one elsewhere', () => {
    const asked: string[] = []
    const canvas = {
      getContext(type: string) {
        asked.push(type)
        return null
      },
    } as unknown as HTMLCanvasElement
    let told = false
    expect(() =>
      createSpineRenderer(canvas, () => {
        told = true
      }),
    ).toThrow(NoWebGLError)
    expect(asked).toEqual(['webgl2'])
    expect(told).toBe(false)
  })
})

/** A WebGL 2 context reduced to its fences: the GPU finishes after `busyPolls` polls (or the wait fails). */
function fencedContext(busyPolls: number, failed = false) {
  const calls: string[] = []
  let polls = 0
  const gl = {
    SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
    TIMEOUT_EXPIRED: 0x911b,
    fenceSync: () => {
      calls.push('fence')
      return {}
    },
    flush: () => calls.push('flush'),
    clientWaitSync: (_fence: unknown, _flags: number, timeout: number) => {
      // a wait that blocks would hold the main thread: only a zero timeout is allowed
      if (timeout !== 0) throw new Error('a blocking wait')
      polls++
      if (failed) return 0x911d // WAIT_FAILED: the context is lost
      return polls > busyPolls ? 0x911a : 0x911b // ALREADY_SIGNALED : TIMEOUT_EXPIRED
    },
    deleteSync: () => calls.push('delete'),
    readPixels: () => {
      throw new Error('a 1-pixel read waits for the GPU inside the frame')
    },
  }
  return { gl: gl as unknown as WebGL2RenderingContext, calls, polls: () => polls }
}

describe('waiting for a frame to be drawn', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('tells once the GPU has finished, from later tasks, without holding the one it is called in', () => {
    vi.useFakeTimers()
    const { gl, calls, polls } = fencedContext(3)
    let drawn = 0
    whenDrawn(gl, () => drawn++)
    // the commands are on their way, and nothing waited for them
    expect(calls).toEqual(['fence', 'flush'])
    expect(drawn).toBe(0)
    vi.advanceTimersByTime(2)
    expect(drawn).toBe(0)
    vi.advanceTimersByTime(20)
    expect(polls()).toBe(4)
    expect(drawn).toBe(1)
    expect(calls.at(-1)).toBe('delete')
    // and only once
    vi.advanceTimersByTime(100)
    expect(drawn).toBe(1)
  })

  it('counts a lost context as drawn, so nothing waits for ever', () => {
    vi.useFakeTimers()
    const { gl } = fencedContext(Number.POSITIVE_INFINITY, true)
    let drawn = 0
    whenDrawn(gl, () => drawn++)
    vi.advanceTimersByTime(10)
    expect(drawn).toBe(1)
  })
})
