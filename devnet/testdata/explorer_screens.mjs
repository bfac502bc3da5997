// Opens the explorer in headless Chromium (Debian's, driven by npm
// "playwright-core"), visits its main pages, checks that each rendered and that
// live updates arrive, and writes a screenshot of each. Usage:
//   node explorer_screens.mjs EXPLORER_URL OUT_DIR REQUEST_ID DISPUTE_ID
import { createRequire } from "node:module";
import path from "node:path";
import fs from "node:fs";

const require = createRequire(path.join(process.env.SIBYL_NODE_MODULES, "x.js"));
const { chromium } = require("playwright-core");

const [base, outDir, requestId, disputeId] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });
const userDataDir = fs.mkdtempSync(path.join(outDir, ".chromium-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
  viewport: { width: 1360, height: 900 },
});
const result = { pages: [] };
try {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const shots = [
    ["overview", "#/", "Overview"],
    ["requests", "#/requests", "Requests"],
    ["request", `#/request/${requestId}`, `Request #${requestId}`],
    ["disputes", "#/disputes", "Disputes"],
    ["dispute", `#/dispute/${disputeId}`, `Dispute #${disputeId}`],
    ["miners", "#/miners", "Miners"],
    ["models", "#/models", "Models"],
  ];
  for (const [name, hash, heading] of shots) {
    await page.goto(base + hash, { waitUntil: "domcontentloaded" });
    await page.waitForFunction((h) => document.body.dataset.ready === "1" && document.querySelector("h1")?.textContent.startsWith(h), heading, { timeout: 15_000 });
    const file = path.join(outDir, `explorer-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    result.pages.push({ name, file, h1: await page.textContent("h1"), rows: await page.locator("tbody tr").count(),
      events: await page.locator("ol.timeline li").count() });
  }
  // Live updates: the head shown moves without a reload.
  await page.goto(base + "#/", { waitUntil: "domcontentloaded" });
  await page.waitForFunction(() => document.querySelector("#live").classList.contains("on"), null, { timeout: 15_000 });
  const before = await page.textContent("#head");
  await page.waitForFunction((b) => document.querySelector("#head").textContent !== b, before, { timeout: 15_000 });
  result.live = { before, after: await page.textContent("#head") };
  result.errors = errors;
} finally {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
