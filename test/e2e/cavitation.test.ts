import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserHarness } from './harness'
import { cameraAtRest } from './waits'

// the explorer's and the close-up's eased camera flights, as most readers see them
const harness = browserHarness({ motion: 'no-preference' })
const server = {
  get url() {
    return harness.url()
  },
}

/**
 * Records, inside the page, every Web Audio buffer source started (independently of the app's own log)
 * and every change of the close-up's phase, frame by frame, so short phases are not missed by polling.
 */
const RECORD_AUDIO = () => {
  const phases: string[] = []
  ;(window as unknown as { __phases: string[] }).__phases = phases
  const captions: string[] = []
  ;(window as unknown as { __captions: string[] }).__captions = captions
  const watch = () => {
    const phase = window.facet?.getState().cavitation.phase
    if (phase && phase !== phases.at(-1)) phases.push(phase)
    const caption = document.querySelector('[data-testid=cavitation-caption]')?.textContent
    if (caption && caption !== captions.at(-1)) captions.push(caption)
    requestAnimationFrame(watch)
  }
  requestAnimationFrame(watch)
  const starts: number[] = []
  ;(window as unknown as { __audioStarts: number[] }).__audioStarts = starts
  const original = AudioBufferSourceNode.prototype.start
  AudioBufferSourceNode.prototype.start = function (...args: Parameters<AudioBufferSourceNode['start']>) {
    starts.push(performance.now())
    return original.apply(this, args)
  }
}

async function openJoint(query: string): Promise<Page> {
  const page = await harness.browser().newPage({ viewport: { width: 1280, height: 720 } })
  await page.addInitScript(RECORD_AUDIO)
  await page.goto(`${server.url}${query}`)
  await page.waitForFunction(() => window.facet !== undefined)
  await page.evaluate(() => window.facet?.ready)
  return page
}
const cavitation = (page: Page) => page.evaluate(() => window.facet!.getState().cavitation)
const audioStarts = (page: Page) =>
  page.evaluate(() => (window as unknown as { __audioStarts: number[] }).__audioStarts.length)

/** What a reader sees on the plots: each plot's accessible summary and caption, and every axis's unit and ticks. */
const readPlots = (page: Page) =>
  page.evaluate(() => {
    const ticksOf = (axis: Element | null) =>
      [...(axis?.querySelectorAll('.tick') ?? [])].map((t) => (t.textContent ?? '').trim())
    const unitOf = (axis: Element | null) => {
      const unit = axis?.querySelector<HTMLElement>('.axis-unit')
      return unit && unit.offsetWidth > 0 ? (unit.textContent ?? '').trim() : ''
    }
    return {
      plots: [...document.querySelectorAll('.plots figure.plot')].map((figure) => ({
        key: figure.getAttribute('data-plot'),
        summary: figure.querySelector('[role=img]')?.getAttribute('aria-label') ?? '',
        caption: figure.querySelector('.plot-caption')?.textContent ?? '',
        unit: unitOf(figure.querySelector('.axis-y')),
        ticks: ticksOf(figure.querySelector('.axis-y')),
      })),
      time: {
        unit: unitOf(document.querySelector('.plots .axis-x')),
        ticks: ticksOf(document.querySelector('.plots .axis-x')),
      },
    }
  })

/** A tick label as a number ("−50" → −50), or NaN when it is not a plain, rounded number. */
const tickValue = (label: string) => (/^−?\d+(\.\d{1,2})?$/.test(label) ? Number(label.replace('−', '-')) : Number.NaN)

/** Evenly spaced ticks whose step is 1, 2, 2.5 or 5 times a power of ten: round values, not raw figures. */
function expectRoundTicks(labels: string[], maxTicks: number) {
  const values = labels.map(tickValue)
  expect(values.every(Number.isFinite), `ticks ${labels.join(', ')}`).toBe(true)
  expect(values.length).toBeGreaterThanOrEqual(2)
  expect(values.length).toBeLessThanOrEqual(maxTicks)
  const step = (values[1] as number) - (values[0] as number)
  const mantissa = step / 10 ** Math.floor(Math.log10(step))
  expect(
    [1, 2, 2.5, 5].some((m) => Math.abs(mantissa - m) < 1e-6),
    `step ${step}`,
  ).toBe(true)
  for (let i = 1; i < values.length; i++) expect((values[i] as number) - (values[i - 1] as number)).toBeCloseTo(step, 6)
}

describe('the crack, in a real browser', () => {
  it('plays the cavitation of a facet joint, starts a sound at the crack, and gives no pop right away again', async () => {
    const page = await openJoint('?s=facet:L4-L5:left&labels=0')
    await page.click('button:has-text("What happens when it cracks?")')
    const recorded = () => page.evaluate(() => (window as unknown as { __phases: string[] }).__phases)
    await expect.poll(async () => (await recorded()).at(-1), { timeout: 30_000 }).toBe('residual')
    const phases = await recorded()
    // in order: the pull, the crack, the cavity that stays
    expect(phases.slice(phases.indexOf('cavitation') - 1)).toEqual(['loading', 'cavitation', 'residual'])
    // while the view flew into the joint, the caption said the pull was coming, not "press play" (it plays itself)
    const captions = await page.evaluate(() => (window as unknown as { __captions: string[] }).__captions)
    expect(captions.filter((c) => /press play/i.test(c))).toEqual([])
    const after = await cavitation(page)
    expect(after.joint).toBe('facet:L4-L5:left')
    expect(after.refractory).toBe(true)
    expect(after.soundsStarted).toHaveLength(1)
    expect(await audioStarts(page)).toBe(1)
    expect(await page.textContent('[data-testid=cavitation-caption]')).toContain('gas pocket stays')
    expect(await page.locator('[data-testid=cavitation-silent]').count()).toBe(0)

    // The plots: each with a unit on its value axis, a few round ticks, a caption and a summary in words;
    // one shared time axis in ms; the sound as a share of its peak, its ticks inside the stated −100…100.
    const { plots, time } = await readPlots(page)
    expect(plots.map((p) => p.key)).toEqual(['separation', 'pressure', 'radius', 'sound'])
    for (const plot of plots) {
      expect(plot.unit, `${plot.key} axis unit`).not.toBe('')
      expectRoundTicks(plot.ticks, 4)
      expect(plot.caption.length, `${plot.key} caption`).toBeGreaterThan(20)
      expect(plot.summary, `${plot.key} summary`).toMatch(/ over \d+ ms/)
    }
    expect(time.unit).toBe('ms')
    expectRoundTicks(time.ticks, 5)
    expect(tickValue(time.ticks[0] as string)).toBe(0)
    const sound = plots.find((p) => p.key === 'sound')!
    expect(sound.unit).toBe('%')
    expect(sound.caption).toContain('share of its loudest')
    const soundTicks = sound.ticks.map(tickValue)
    expect(Math.min(...soundTicks)).toBe(-100)
    expect(Math.max(...soundTicks)).toBe(100)
    expect(plots.find((p) => p.key === 'pressure')!.unit).toBe('kPa')
    expect(plots.find((p) => p.key === 'separation')!.summary).toContain(`let go at ${after.onsetMs?.toFixed(0)} ms`)

    // Straight away again: the joint is refractory, nothing pops, no sound.
    await page.click('.cavitation-controls button.play')
    await expect.poll(async () => (await cavitation(page)).phase, { timeout: 10_000 }).toBe('refractory')
    await expect.poll(async () => (await cavitation(page)).playing, { timeout: 10_000 }).toBe(false)
    expect(await audioStarts(page)).toBe(1)
    expect(await page.textContent('[data-testid=cavitation-caption]')).toContain('No pop')
    // a silent run: the sound plot says there is no sound, on the same −100…100 % axis
    const silent = (await readPlots(page)).plots.find((p) => p.key === 'sound')!
    expect(silent.summary).toContain('no sound')
    expect(silent.ticks.map(tickValue)).toEqual([-100, 0, 100])

    // The simulated clock: once the gas has dissolved it can crack again.
    await page.click('button:has-text("Skip until it can crack")')
    expect((await cavitation(page)).refractory).toBe(false)
    await page.click('.cavitation-controls button.play')
    await expect.poll(() => audioStarts(page), { timeout: 10_000 }).toBe(2)
    // and a reader who missed a crack (it is over in 0.15 s) sees it again with one button, in this view too
    // (a home user's review, s37)
    await expect.poll(async () => (await cavitation(page)).refractory, { timeout: 30_000 }).toBe(true)
    await expect.poll(async () => (await cavitation(page)).playing, { timeout: 30_000 }).toBe(false)
    await page.click('.closeup-column .clock-replay')
    await expect.poll(() => audioStarts(page), { timeout: 10_000 }).toBe(3)
    await page.close()
  })

  it('says not to chase a pop in the neck, and reaches the warning signs in one action, from a neck joint', async () => {
    const page = await openJoint('?s=facet:C5-C6:right&labels=0')
    // in the joint's facts, and again at the top of its close-up, with its sources
    await expect.poll(() => page.textContent('[data-testid=facts]')).toContain('do not force a pop')
    await page.click('button:has-text("What happens when it cracks?")')
    const caution = page.locator('.cavitation [data-testid=joint-caution]')
    await expect.poll(() => caution.textContent()).toContain('do not let a friend crack it')
    expect(await caution.textContent()).toContain('call for help at once')
    expect(await caution.locator('.cite button').count()).toBe(3)
    await page.click('.cavitation button:has-text("Warning signs")')
    const dialog = page.locator('dialog.red-flags')
    expect(await dialog.isVisible()).toBe(true)
    expect(await dialog.textContent()).toContain('emergency')
    await page.close()
  })

  it('keeps the 3D view in sight on a phone while the crack plays, with the warning signs a tap away', async () => {
    const context = await harness.browser().newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    })
    const page = await context.newPage()
    await page.goto(`${server.url}?s=facet:L4-L5:left&labels=0`)
    await page.waitForFunction(() => window.facet !== undefined)
    await page.evaluate(() => window.facet?.ready)
    // the button sits in the panel below the view: the page scrolls down to it
    await page.locator('button:text-is("What happens when it cracks?")').tap()
    await page.waitForSelector('.cavitation')
    await expect.poll(() => cavitation(page).then((c) => c.soundsStarted.length), { timeout: 30_000 }).toBe(1)
    // at the crack, the view is on screen (focus went to the close-up's heading without scrolling the view away)
    const stage = await page.locator('main.stage').boundingBox()
    expect(stage && stage.y >= -1 && stage.y + stage.height <= 844 + 1, JSON.stringify(stage)).toBe(true)
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2')
    // the neck's note is the neck's: a low-back joint has none
    expect(await page.locator('[data-testid=joint-caution]').count()).toBe(0)
    await page.locator('.cavitation button:has-text("Warning signs")').tap()
    expect(await page.locator('dialog.red-flags').isVisible()).toBe(true)
    await context.close()
  })

  it("names the opened joint's tissues apart from each other, up close and with the camera taken home", async () => {
    const page = await openJoint('?s=facet:L4-L5:left&labels=0')
    await page.click('button:has-text("What happens when it cracks?")')
    await expect.poll(async () => (await cavitation(page)).phase, { timeout: 30_000 }).toMatch(/residual|refractory/)
    await cameraAtRest(page)
    const shown = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.tissue-layer > div')]
          .filter((anchor) => anchor.style.visibility === 'visible')
          .map((anchor) => {
            const box = anchor.firstElementChild!.getBoundingClientRect()
            return {
              text: anchor.textContent ?? '',
              left: box.left,
              right: box.right,
              top: box.top,
              bottom: box.bottom,
            }
          }),
      )
    const apart = (labels: Awaited<ReturnType<typeof shown>>) => {
      for (const [i, a] of labels.entries())
        for (const b of labels.slice(i + 1)) {
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
          expect(overlap, `${a.text} covers ${b.text}`).toBe(false)
        }
    }
    // up close every tissue has its name: the two knobs, the lining, the fluid, the sac and the gas pocket
    await expect.poll(async () => (await shown()).length, { timeout: 10_000 }).toBe(6)
    apart(await shown())
    // Home with the joint still open: the names fell on one spot, six read as one smudge (s37 review)
    await page.click('.toolbar button:has-text("Home")')
    // out to the whole spine, over a metre away
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const { position, target } = window.facet!.getState().camera
            return Math.hypot(position[0] - target[0], position[1] - target[1], position[2] - target[2])
          }),
        { timeout: 20_000 },
      )
      .toBeGreaterThan(1000)
    await cameraAtRest(page)
    await expect.poll(async () => (await shown()).length, { timeout: 10_000 }).toBeLessThan(6)
    apart(await shown())
    await page.close()
  })

  it('explains instead, for a disc, why it cannot crack', async () => {
    const page = await openJoint('?s=disc:L4-L5&labels=0')
    expect(await page.textContent('.disc-note')).toContain('no joint fluid')
    expect(await page.evaluate(() => window.facet!.playCavitation('disc:L4-L5'))).toBe(false)
    await page.close()
  })

  it('carries the moment with the caption when Web Audio is unavailable, without errors, and the page goes on working', async () => {
    // This headless Chromium runs audio without a user gesture, so a blocked context cannot be staged;
    // a browser with no Web Audio at all exercises the same path (nothing can play).
    const page = await harness.browser().newPage({ viewport: { width: 1280, height: 720 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'AudioContext')
      Reflect.deleteProperty(window, 'webkitAudioContext')
    })
    await page.goto(`${server.url}?s=facet:T6-T7:left&labels=0`)
    await page.waitForFunction(() => window.facet !== undefined)
    await page.evaluate(() => window.facet?.ready)
    await page.click('button:has-text("What happens when it cracks?")')
    await expect.poll(async () => (await cavitation(page)).phase, { timeout: 15_000 }).toBe('residual')
    const c = await cavitation(page)
    expect(c.soundsStarted).toHaveLength(0)
    expect(c.soundsBlocked).toBe(1)
    expect(await page.textContent('[data-testid=cavitation-caption]')).toContain('gas pocket stays')
    // and it says no sound played, rather than leave the reader wondering what they missed (s37 review)
    expect(await page.textContent('[data-testid=cavitation-silent]')).toContain('No sound played')
    // the rest goes on: the camera is a real place, and a selection works end to end, the list following it
    const { camera } = await page.evaluate(() => window.facet!.getState())
    for (const v of [...camera.position, ...camera.target]) expect(Number.isFinite(v)).toBe(true)
    expect(await page.evaluate(() => window.facet!.select('L2'))).toBe(true)
    await expect.poll(() => page.getAttribute('button[data-id="L2"]', 'aria-current'), { timeout: 20_000 }).toBe('true')
    expect(await page.evaluate(() => window.facet!.getState().selection)).toBe('L2')
    expect(errors).toEqual([])
    await page.close()
  })
})
