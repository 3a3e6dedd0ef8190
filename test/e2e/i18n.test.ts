import AxeBuilder from '@axe-core/playwright'
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it, onTestFinished } from 'vitest'
import { browserHarness } from './harness'
import { waitForFacet } from './waits'

const harness = browserHarness({ serviceWorkers: 'allow' })
const SPANISH_CHUNK = /\/assets\/es-[\w-]+\.js$/
const SPANISH_SHELL_CHUNK = /\/assets\/shell-[\w-]+\.js$/

async function newContext(viewport = { width: 1280, height: 720 }): Promise<BrowserContext> {
  const context = await harness.browser().newContext({ viewport })
  onTestFinished(() => context.close())
  return context
}

/** Opens Facet in a page of the context, recording the scripts it fetches. */
async function open(context: BrowserContext, query = ''): Promise<{ page: Page; scripts: string[] }> {
  const page = await context.newPage()
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
  })
  await page.goto(`${harness.url()}${query}`)
  await waitForFacet(page)
  return { page, scripts }
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang)
const text = (page: Page, selector: string) => page.locator(selector).first().textContent()

describe('Facet in Spanish', () => {
  it('opens in Spanish from ?lang=es, with <html lang="es">, and stays so through a reload', async () => {
    const { page } = await open(await newContext(), '?lang=es')
    expect(await htmlLang(page)).toBe('es')
    await expect.poll(() => text(page, '.reading .red-flags-button')).toBe('⚠ Signos de alarma')
    expect(await text(page, '.views button')).toBe('Inicio')
    expect(await page.title()).toBe('Facet — la columna en 3D')
    // the link keeps the language (written with the view), so a reload or a copied link opens in Spanish
    await page.evaluate(() => window.dispatchEvent(new Event('facet:save-view')))
    expect(new URL(page.url()).searchParams.get('lang')).toBe('es')
    await page.reload()
    await waitForFacet(page)
    expect(await htmlLang(page)).toBe('es')
    await expect.poll(() => text(page, '.views button')).toBe('Inicio')
  })

  it("remembers a link's language for the next visit, English as well as Spanish", async () => {
    const context = await newContext()
    const { page } = await open(context, '?lang=es')
    expect(await htmlLang(page)).toBe('es')
    await page.goto(`${harness.url()}?lang=en`)
    await waitForFacet(page)
    expect(await htmlLang(page)).toBe('en')
    // the next visit with no language in its link: English, as the last link said (it stayed Spanish, s37)
    await page.goto(harness.url())
    await waitForFacet(page)
    expect(await htmlLang(page)).toBe('en')
  })

  it('switches language with the switch, without a reload, and back; the choice is remembered for the next visit', async () => {
    const context = await newContext()
    const { page } = await open(context)
    expect(await htmlLang(page)).toBe('en')
    // a mark a reload would wipe
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }))
    await page.getByRole('button', { name: 'Español' }).click()
    await expect.poll(() => htmlLang(page)).toBe('es')
    await expect.poll(() => text(page, '.views button')).toBe('Inicio')
    expect(await page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('true')
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true)
    // a new visit without a language in its link starts in the one chosen
    const { page: next } = await open(context)
    expect(await htmlLang(next)).toBe('es')
    await next.close()
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => htmlLang(page)).toBe('en')
    await expect.poll(() => text(page, '.views button')).toBe('Home')
  })

  it('shows the warning signs in Spanish, with the emergency numbers', async () => {
    const { page } = await open(await newContext({ width: 820, height: 1180 }), '?lang=es')
    await page.getByRole('button', { name: '⚠ Signos de alarma' }).first().click()
    const dialog = page.locator('dialog.red-flags[open]')
    await expect.poll(() => dialog.locator('h2').first().textContent()).toBe('Signos de alarma')
    const first = await dialog.locator('.red-flags-group').first().textContent()
    expect(first).toContain('Llame ya al 911, al 112 o al 999')
    expect(first).toContain('Le cuesta tragar.')
    expect(await dialog.getByRole('button', { name: 'Cerrar', exact: true }).count()).toBe(1)
    expect(await dialog.getByRole('button', { name: 'Cerrar los signos de alarma' }).count()).toBe(1)
  })

  it('explains why backs crack in Spanish, the questions people ask included', async () => {
    const { page } = await open(await newContext(), '?lang=es')
    await page.getByRole('button', { name: 'Por qué cruje la espalda' }).click()
    const dialog = page.locator('dialog.learn[open]')
    await expect.poll(() => dialog.locator('h2').first().textContent()).toBe('Por qué cruje la espalda')
    expect(await dialog.textContent()).toContain('No se rompe ningún hueso.')
    expect(await dialog.locator('.faq h3').textContent()).toBe('Preguntas frecuentes')
  })

  it('lists the sources with their notes in Spanish, the published citations as they are', async () => {
    const { page } = await open(await newContext(), '?lang=es')
    await page.getByRole('button', { name: 'Fuentes' }).click()
    const list = page.locator('dialog[data-panel="sources"][open]')
    await list.locator('.sources-list').first().waitFor()
    // what was written for the public first, under a heading in Spanish
    expect(await list.locator('h3').allTextContents()).toEqual([
      'Escritas para pacientes y el público',
      'Estudios y obras de consulta',
    ])
    expect(await list.locator('#source-estimate dd').textContent()).toContain('Estimación del equipo de Facet')
    expect(await list.locator('#source-panjabi1991t dd').textContent()).toContain('transcripción secundaria')
    expect(await list.textContent()).not.toMatch(/secondary transcription|Read from the abstract|Facet team estimate/)
  })

  it('names and describes the anatomy in Spanish: the panel, the part, the list, its search and the hover name', async () => {
    const { page } = await open(await newContext({ width: 820, height: 1180 }), '?lang=es&s=L4/pedicle:left')
    await expect.poll(() => text(page, '[data-testid=selection-name]')).toBe('Cuarta vértebra lumbar (L4)')
    expect(await text(page, '[data-testid=part-name]')).toBe('Puente izquierdo de hueso de L4 (pedículo)')
    expect(await text(page, '[data-testid=part-facts]')).toContain('Es un puente de hueso corto y grueso.')
    expect(await text(page, '[data-testid=facts]')).toContain(
      'Los huesos de la parte baja de la espalda son los más grandes.',
    )
    // a Spanish user types the Spanish term, without its accent; the list answers in Spanish
    await page.locator('.tree input[type=search]').fill('pediculo l4')
    const first = page.locator('.tree [data-id="L4/pedicle:left"]')
    await expect.poll(() => first.textContent()).toBe('Puente izquierdo de hueso de L4 (pedículo)')
    await page.locator('.tree input[type=search]').fill('disco L4')
    const disc = page.locator('.tree [data-id="disc:L4-L5"]')
    await disc.hover()
    await expect.poll(() => page.textContent('.hover-name')).toBe('Disco intervertebral L4–L5')
  })

  it('downloads the Spanish texts only for a Spanish visit', async () => {
    const english = await open(await newContext())
    // until everything the page fetches after its first frame has come (the panels, then the offline copy:
    // the service worker's own copy of every file is not the page's download, and is not counted here)
    await english.page.waitForFunction(() => window.facetOffline?.saved === true, undefined, { timeout: 60_000 })
    expect(english.scripts.filter((s) => SPANISH_CHUNK.test(s))).toEqual([])
    // the first screen's Spanish words are a chunk of their own too, fetched by the page's first script
    expect(english.scripts.filter((s) => SPANISH_SHELL_CHUNK.test(s))).toEqual([])
    const spanish = await open(await newContext(), '?lang=es')
    expect(spanish.scripts.filter((s) => SPANISH_CHUNK.test(s))).toHaveLength(1)
    expect(spanish.scripts.filter((s) => SPANISH_SHELL_CHUNK.test(s))).toHaveLength(1)
  })

  it('has nothing axe objects to in Spanish: the page and the warning signs', async () => {
    const { page } = await open(await newContext(), '?lang=es&s=facet:L4-L5:left')
    await page.waitForSelector('[data-panel="selection"]')
    const check = async () =>
      (
        await new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
      ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)
    expect(await check()).toEqual([])
    await page.getByRole('button', { name: '⚠ Signos de alarma' }).first().click()
    await page.waitForSelector('dialog.red-flags[open]')
    expect(await check()).toEqual([])
  })
})

describe('Facet in Spanish: the conditions, a bad link and the first screen', () => {
  it('shows a condition from its link in Spanish: its name, texts, root and warning signs', async () => {
    const { page } = await open(
      await newContext({ width: 820, height: 1180 }),
      '?lang=es&condition=herniation-l4-l5-posterolateral',
    )
    const panel = page.locator('[data-panel="condition"]')
    await expect
      .poll(() => panel.locator('[data-testid=condition-name]').textContent())
      .toBe('Hernia de disco, parte baja de la espalda (L4–L5)')
    const words = (await panel.textContent()) ?? ''
    expect(words).toContain('El centro blando de un disco se sale por su capa externa')
    expect(words).toContain('Raíz del nervio L5 (la que baja)')
    // the safety review's wording: an emergency room at once for the cauda equina signs (no “ese mismo día”
    // after “enseguida”, which read as leave to wait until later that day; a Spanish review, s38)
    expect(words).toContain('Vaya enseguida a la sala de emergencias si se le duerme la zona entre las piernas')
    expect(words).not.toMatch(/soft center|emergency room/)
    // the clinical terms with More detail
    await panel.getByRole('button', { name: 'Más detalle' }).click()
    await expect.poll(() => panel.textContent()).toContain('anestesia en silla de montar')
    const axe = await new AxeBuilder({ page: page as never })
      .include('[data-panel="condition"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
  })

  it('explains a bad link in Spanish', async () => {
    const { page } = await open(await newContext(), '?lang=es&view=upside-down&condition=broken-back')
    const messages = page.locator('[data-testid=message]')
    await expect
      .poll(() => messages.allTextContents().then((t) => t.join(' ')))
      .toContain('“upside-down” no es una vista que conozcamos; se muestra la vista normal.')
    const all = (await messages.allTextContents()).join(' ')
    expect(all).toContain('El enlace nombra una afección que no tenemos (“broken-back”)')
    expect(all).not.toContain('is not a view we know')
    // and in English after the switch: the message follows the language
    await page.getByRole('button', { name: 'English' }).click()
    await expect
      .poll(() => messages.allTextContents().then((t) => t.join(' ')))
      .toContain('“upside-down” is not a view we know')
  })

  it('shows the first screen in Spanish before the app has run', async () => {
    const context = await newContext()
    let release = () => {}
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    // the main bundle held back: what shows meanwhile is the page and its first script alone
    await context.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await released
      await route.continue()
    })
    onTestFinished(release)
    const page = await context.newPage()
    await page.goto(`${harness.url()}?lang=es`)
    await page.waitForFunction(() => document.documentElement.lang === 'es')
    expect(await page.evaluate(() => 'facet' in window)).toBe(false)
    expect(await text(page, '.views button')).toBe('Inicio')
    expect((await text(page, '.stage-progress'))?.trim()).toBe('Dibujando la columna…')
    expect(await page.locator('.search input').getAttribute('placeholder')).toBe(
      'Buscar: L4, atlas, articulación L5, diente…',
    )
    expect(await page.title()).toBe('Facet — la columna en 3D')
    release()
    await waitForFacet(page)
    await expect.poll(() => text(page, '.views button')).toBe('Inicio')
  })
})
