// Headless-browser test of the HTML dossier. Builds a database from the
// repo's examples/, writes the report, opens it in Debian's Chromium (driven
// by playwright-core) and checks: figure rows are there, every in-page link
// resolves to an element, following an evidence link lands on a sentence
// with its span marked, nothing is fetched from the network, the phone
// layout does not scroll sideways. Saves laptop and phone screenshots.
//
// Usage: node report_browser_test.mjs --dossier PATH/TO/dossier --out DIR
// Exit codes: 0 pass, 1 fail, 77 skipped (no Chromium or playwright-core).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..", "..");
const SKIP = 77;

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const dossier = arg("--dossier", join(repo, "build", "cli", "dossier"));
const outDir = resolve(arg("--out", join(repo, "build", "browser-test")));
const chromiumPath = arg("--chromium", process.env.CHROMIUM || "/usr/bin/chromium");

function skip(why) {
  console.log(`SKIPPED: report browser test: ${why}`);
  process.exit(SKIP);
}

if (!existsSync(chromiumPath)) skip(`no Chromium at ${chromiumPath} (apt-get install chromium)`);
let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch {
  skip(`playwright-core is not installed (cd ${here} && npm ci)`);
}
if (!existsSync(dossier)) {
  console.error(`FAIL: no dossier binary at ${dossier}`);
  process.exit(1);
}

const failures = [];
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
}

mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), "dossier-browser-"));
const db = join(work, "examples.db");
const html = join(outDir, "report.html");
execFileSync(dossier, ["-q", "build", join(repo, "examples"), "-o", db], { stdio: "inherit" });
execFileSync(dossier, ["-q", "report", db, "-o", html, "--title", "Example dossier"], {
  stdio: "inherit",
});

const profile = mkdtempSync(join(tmpdir(), "dossier-chromium-"));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
try {
  const page = await browser.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(html).href);

  const rows = await page.$$eval("tr.figure", (trs) =>
    trs.map((tr) => ({ status: tr.dataset.status, text: tr.innerText })));
  check(rows.length >= 3, `figure rows present (${rows.length})`);
  check(rows.some((r) => r.status === "changed_over_time" && /46/.test(r.text)),
        "the rising toll is one changed_over_time row with 46");
  check(rows.some((r) => r.status === "conflict"), "a conflict row is present");

  const dangling = await page.$$eval('a[href^="#"]', (links) =>
    links.map((a) => a.getAttribute("href").slice(1))
      .filter((id) => id && !document.getElementById(id)));
  const linkCount = await page.$$eval('a[href^="#"]', (links) => links.length);
  check(linkCount > 20 && dangling.length === 0,
        `all ${linkCount} in-page links resolve (dangling: ${dangling.slice(0, 5).join(", ")})`);

  const evLink = page.locator("tr.figure a.ev").first();
  const target = (await evLink.getAttribute("href")).slice(1);
  await evLink.click();
  const landed = await page.evaluate(() => {
    const el = document.querySelector(":target");
    return el ? { id: el.id, mark: el.querySelector("mark")?.textContent || "" } : null;
  });
  check(landed && landed.id === target && landed.mark.length > 0,
        `evidence link #${target} lands on a sentence with a marked span ("${landed?.mark}")`);

  const svgRows = await page.$$eval("svg.tl-svg a", (a) => a.length);
  check(svgRows > 0, `SVG timeline has ${svgRows} linked rows`);

  const external = requests.filter((u) => !u.startsWith("file:") && !u.startsWith("data:"));
  check(external.length === 0, `no network requests (${external.join(", ")})`);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(outDir, "report-laptop.png") });
  await page.screenshot({ path: join(outDir, "report-laptop-full.png"), fullPage: true });

  const phone = await browser.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(pathToFileURL(html).href);
  const overflow = await phone.evaluate(() =>
    document.documentElement.scrollWidth - document.documentElement.clientWidth);
  check(overflow <= 1, `phone layout has no sideways scroll (${overflow}px)`);
  await phone.screenshot({ path: join(outDir, "report-phone.png") });
  await phone.screenshot({ path: join(outDir, "report-phone-full.png"), fullPage: true });

  await page.emulateMedia({ media: "print" });
  await page.pdf?.({ path: join(outDir, "report.pdf") }).catch(() => {});
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`FAIL: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log("PASS: report browser test");
