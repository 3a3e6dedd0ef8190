import { drawOneBox } from '../oneBox'

self.onmessage = ({ data }: MessageEvent<{ canvas: OffscreenCanvas; width: number; height: number }>) =>
  drawOneBox(data.canvas, data.width, data.height)
