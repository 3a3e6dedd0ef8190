import { drawHeavy } from '../heavyScene'

const canvas = document.getElementById('view') as HTMLCanvasElement
// after the first paint, as Facet draws after its first screen
requestAnimationFrame(() =>
  setTimeout(() =>
    drawHeavy(canvas, canvas.clientWidth * devicePixelRatio, canvas.clientHeight * devicePixelRatio, (step) =>
      requestAnimationFrame(step),
    ),
  ),
)
