const canvas = document.getElementById('view') as HTMLCanvasElement
const size = { width: canvas.clientWidth * devicePixelRatio, height: canvas.clientHeight * devicePixelRatio }
const offscreen = canvas.transferControlToOffscreen()
const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
worker.postMessage({ canvas: offscreen, ...size }, [offscreen])
