// Lighthouse on many pages with one Chromium: bench/lighthouse.py starts two of these.
//
// Why not the `lighthouse` command per page: it starts Node, loads Lighthouse and launches Chromium
// for every page, about 6 of its 15 seconds. Lighthouse clears the cache and storage itself before
// each run, so one browser serves every page. Reads one URL per line on stdin; for each, writes the
// full JSON report into OUT_DIR and prints one line: {"url", "report"} or {"url", "error"}.
//
//   CHROME_PATH=/usr/bin/chromium node lighthouse-runner.mjs OUT_DIR CATEGORIES SKIP_AUDITS CHROME_FLAGS...
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const [outDir, categories, skipAudits, ...chromeFlags] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags });
const flags = {
  port: chrome.port,
  output: "json",
  logLevel: "error",
  onlyCategories: categories.split(","),
  skipAudits: skipAudits ? skipAudits.split(",") : [],
  disableFullPageScreenshot: true,
};

let count = 0;
const lines = readline.createInterface({ input: process.stdin });
for await (const url of lines) {
  if (!url.trim()) continue;
  try {
    const result = await lighthouse(url.trim(), flags);
    if (result.lhr.runtimeError) throw new Error(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
    const report = path.join(outDir, `report-${process.pid}-${count++}.json`);
    fs.writeFileSync(report, result.report);
    console.log(JSON.stringify({ url, report }));
  } catch (error) {
    console.log(JSON.stringify({ url, error: String(error && error.message ? error.message : error) }));
  }
}
await chrome.kill();
