/**
 * Reproducible screenshots of the built app in headless Chromium with software WebGL:
 * the whole spine from the front, side and back, and a close-up of one vertebra per region.
 * Run with `npm run screenshots`; PNGs land in artifacts/screenshots/. Names on the command line
 * (`npx tsx scripts/screenshots.ts closeup-C1 closeup-sacrum`) take only those close-ups and skip the rest.
 */
import { mkdirSync } from 'node:fs'
import { launchChromium, serveBuilt } from './browser'

const SHOTS: { name: string; query: string }[] = [
  { name: 'spine-home', query: '' },
  { name: 'spine-front', query: '?view=front&labels=0' },
  { name: 'spine-side', query: '?view=left&labels=0' },
  { name: 'spine-back', query: '?view=back&labels=0' },
  { name: 'closeup-C1', query: '?s=C1&cam=90,700,190,0,597,18' },
  { name: 'closeup-C1-top', query: '?s=C1&cam=0,720,-30,0,597,0&labels=0' },
  { name: 'closeup-C1-back', query: '?s=C1&cam=70,670,-150,0,597,-5&labels=0' },
  { name: 'closeup-C2', query: '?s=C2&cam=120,640,-140,0,577,15' },
  { name: 'closeup-C5', query: '?s=C5&cam=110,600,-160,0,525,1' },
  { name: 'closeup-T6', query: '?s=T6&cam=150,440,-200,0,371,-46' },
  { name: 'closeup-L4', query: '?s=L4&cam=170,140,-170,0,65,14' },
  { name: 'closeup-L4-top', query: '?s=L4&cam=0,300,-20,0,65,0&hide=thoracic,sacrum' },
  { name: 'closeup-sacrum', query: '?s=sacrum&cam=160,-10,260,0,-50,-10' },
  { name: 'closeup-sacrum-front', query: '?s=sacrum&cam=60,-140,260,0,-60,0&labels=0' },
  { name: 'closeup-facet-L4-L5', query: '?s=facet:L4-L5:left&cam=160,80,-170,20,50,-20' },
]

const only = process.argv.slice(2)
const out = 'artifacts/screenshots'
mkdirSync(out, { recursive: true })
const server = await serveBuilt()
const browser = await launchChromium()
try {
  for (const shot of only.length ? SHOTS.filter((s) => only.includes(s.name)) : SHOTS) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`${server.url}${shot.query}`)
    await page.waitForFunction(() => window.facet !== undefined)
    await page.evaluate(() => window.facet?.ready)
    await page.waitForFunction(() => window.facet?.getState().camera.atRest === true, null, { timeout: 30_000 })
    // the bones' continuous surfaces replace their parts' shells a moment later, built in a worker
    await page.waitForFunction(() => window.facet?.getState().refining === 0, null, { timeout: 60_000 })
    await page.screenshot({ path: `${out}/${shot.name}.png` })
    await page.close()
    console.log(`${out}/${shot.name}.png`)
  }
  if (only.length === 0) {
    // The cavitation close-up of the left L4–L5 facet joint: before, at and after the crack, in slow motion.
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`${server.url}?s=facet:L4-L5:left&labels=0`)
    await page.waitForFunction(() => window.facet !== undefined)
    await page.evaluate(() => window.facet?.ready)
    await page.click('button:has-text("What happens when it cracks?")')
    await page.waitForFunction(() => window.facet?.getState().cavitation.playing === false)
    await page.click('button:text-is("1/100")')
    await page.click('button:has-text("Skip until it can crack")')
    await page.click('.cavitation-controls button.play')
    await page.waitForFunction(() => (window.facet?.getState().cavitation.simTimeMs ?? 0) > 60)
    await page.screenshot({ path: `${out}/cavitation-before.png` })
    await page.waitForFunction(() => window.facet?.getState().cavitation.phase === 'cavitation', null, {
      timeout: 30_000,
    })
    await page.screenshot({ path: `${out}/cavitation-at.png` })
    await page.click('button:text-is("1×")')
    await page.waitForFunction(() => window.facet?.getState().cavitation.phase === 'residual', null, {
      timeout: 30_000,
    })
    await page.waitForFunction(() => window.facet?.getState().cavitation.playing === false, null, { timeout: 30_000 })
    await page.screenshot({ path: `${out}/cavitation-after.png` })
    await page.click('button:has-text("Compare the explanations")')
    await page.waitForSelector('.cavitation h3')
    await page.screenshot({ path: `${out}/cavitation-compare.png`, fullPage: true })
    console.log(`${out}/cavitation-before.png, -at.png, -after.png`)

    // A stretch mid-movement with the facet joints coloured: a twist (knee rolls), seen from behind.
    const stretchPage = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await stretchPage.goto(`${server.url}?s=L3&labels=0&cam=260,260,-520,0,140,-20`)
    await stretchPage.waitForFunction(() => window.facet !== undefined)
    await stretchPage.evaluate(() => window.facet?.ready)
    await stretchPage.click('.region-stretches button:text-is("Knee rolls")')
    await stretchPage.click('.stretch-card button:has-text("Show it on the spine")')
    await stretchPage.waitForFunction(() => (window.facet?.getState().stretch.progress ?? 0) > 0.4)
    await stretchPage.screenshot({ path: `${out}/stretch-knee-rolls.png` })
    await stretchPage.goto(`${server.url}?s=L3&labels=0&view=left`)
    await stretchPage.waitForFunction(() => window.facet !== undefined)
    await stretchPage.evaluate(() => window.facet?.ready)
    await stretchPage.click('.region-stretches button:text-is("Double knee to chest")')
    await stretchPage.click('.stretch-card button:has-text("Show it on the spine")')
    await stretchPage.waitForFunction(() => (window.facet?.getState().stretch.progress ?? 0) > 0.4)
    await stretchPage.screenshot({ path: `${out}/stretch-knee-to-chest.png` })
    console.log(`${out}/stretch-knee-rolls.png, stretch-knee-to-chest.png`)

    // Test yourself, after a wrong answer
    await stretchPage.goto(`${server.url}`)
    await stretchPage.waitForFunction(() => window.facet !== undefined)
    await stretchPage.evaluate(() => window.facet?.ready)
    await stretchPage.click('button:text-is("Test yourself")')
    await stretchPage.evaluate(() => window.facet?.select('coccyx'))
    await stretchPage.waitForSelector('.quiz .feedback')
    await stretchPage.waitForFunction(() => window.facet?.getState().camera.atRest === true, null, { timeout: 30_000 })
    await stretchPage.screenshot({ path: `${out}/quiz.png` })
  }
} finally {
  await browser.close()
  await server.close()
}
