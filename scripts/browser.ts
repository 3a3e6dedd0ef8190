import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { type Browser, chromium } from 'playwright-core'
import { preview } from 'vite'

/** Flags that give WebGL through SwiftShader and keep Chromium off the (closed) network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--autoplay-policy=user-gesture-required',
]

/** CHROME_PATH first, then a system Chromium or Chrome, then the one shipped inside @sparticuz/chromium. */
export async function chromiumPath(): Promise<string> {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]
  for (const c of candidates) if (c && existsSync(c)) return c
  const sparticuz = (await import('@sparticuz/chromium')).default
  return sparticuz.executablePath()
}

export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
  })
}

/** Serves a built folder (default dist/) on a free local port; returns its base URL and a closer. */
export async function serveBuilt(outDir = 'dist'): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    build: { outDir },
    logLevel: 'silent',
  })
  const address = server.httpServer.address() as AddressInfo
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() }
}
