import { drawOneBox } from '../oneBox'

const canvas = document.getElementById('view') as HTMLCanvasElement
drawOneBox(canvas, canvas.clientWidth * devicePixelRatio, canvas.clientHeight * devicePixelRatio)
