// HTML_CodeSniffer (WCAG2AA) on many pages through pa11y, in one Chromium: tests/harness/pa11y.py drives it.
// Input on stdin, JSON: {"chromium": path, "args": [...], "base_url": "...", "paths": [...],
//   "viewport": {"width":, "height":}, "schemes": ["light", "dark"]}
// Output on stdout, JSON: [{"path":, "scheme":, "issues": [{"code", "type", "message", "selector", "context"}]}]
// The browser is Debian's Chromium (never a puppeteer download); puppeteer is the one pa11y itself uses.
'use strict';
const path = require('path');
const pa11y = require('pa11y');
const puppeteer = require(require.resolve('puppeteer', {paths: [path.dirname(require.resolve('pa11y'))]}));

async function main() {
  const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  const browser = await puppeteer.launch({executablePath: input.chromium, args: input.args, headless: true});
  const out = [];
  try {
    for (const scheme of input.schemes || ['light']) {
      const page = await browser.newPage();
      await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: scheme}]);
      for (const p of input.paths) {
        // Opened here, at `load`: pa11y's own navigation waits for the network to be idle (500 ms a page).
        const url = new URL(p, input.base_url).href;
        await page.goto(url, {waitUntil: 'load', timeout: 60000});
        const result = await pa11y(url, {
          browser, page, ignoreUrl: true, standard: 'WCAG2AA', runners: ['htmlcs'], viewport: input.viewport,
          timeout: 60000, log: {debug() {}, error() {}, info() {}},
        });
        out.push({path: p, scheme, issues: result.issues.map(i => (
          {code: i.code, type: i.type, message: i.message, selector: i.selector, context: i.context}))});
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch(error => { console.error(error && error.stack || String(error)); process.exit(1); });
