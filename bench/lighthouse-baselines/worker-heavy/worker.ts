import { drawHeavy } from '../heavyScene'

self.onmessage = ({ data }: MessageEvent<{ canvas: OffscreenCanvas; width: number; height: number }>) =>
  drawHeavy(data.canvas, data.width, data.height, (step) => requestAnimationFrame(step))
