import { describe, expect, it } from 'vitest'
import { createSpineRenderer, isSoftwareRendererName, NoWebGLError, pixelRatioFor } from '../../src/scene/spineRenderer'

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
