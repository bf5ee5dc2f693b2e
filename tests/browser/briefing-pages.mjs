// Renders briefings the way a reader sees them on GitHub, in headless Chromium:
//   node briefing-pages.mjs check-mermaid FILE.md...        every ```mermaid block drawn by the real Mermaid library;
//                                                          exits 1 if any block fails, naming file:line and the error
//   node briefing-pages.mjs html FILE.md OUT.html [--screenshot OUT.png] [--height PX]
//                                                          Markdown with footnotes (markdown-it, as GitHub renders it),
//                                                          GitHub's stylesheet at GitHub's article width, diagrams drawn
// Chromium is Debian's (/usr/bin/chromium, or $CHROMIUM); Mermaid and markdown-it come from this folder's node_modules
// (install.sh). Nothing is fetched at run time: pages load only local files.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import MarkdownIt from "markdown-it";
import footnote from "markdown-it-footnote";

const here = dirname(fileURLToPath(import.meta.url));
const mermaidJs = join(here, "node_modules", "mermaid", "dist", "mermaid.min.js");
const githubCss = join(here, "node_modules", "github-markdown-css", "github-markdown-light.css");
// GitHub's article column is about 880 px wide inside a 1012 px window.
const articleWidth = 880;

function chromium() {
  const candidates = [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error("Chromium not found: install Debian's 'chromium' (tests/browser/install.sh) or set CHROMIUM.");
  }
  return found;
}

// Flags that keep Chromium off the network (this machine has none) and independent of any profile.
function runChromium(args, profile) {
  return execFileSync(
    chromium(),
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--hide-scrollbars",
      "--allow-file-access-from-files",
      `--user-data-dir=${profile}`,
      "--virtual-time-budget=30000",
      ...args,
    ],
    { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] },
  );
}

/** Every ```mermaid block of a Markdown text, with the 1-based line of its opening fence. */
function mermaidBlocks(text) {
  const blocks = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== "```mermaid") continue;
    const start = i + 1;
    const body = [];
    for (i++; i < lines.length && lines[i].trim() !== "```"; i++) body.push(lines[i]);
    blocks.push({ line: start, code: body.join("\n") });
  }
  return blocks;
}

const escapeScript = (s) => JSON.stringify(s).replace(/</g, "\\u003c");

function checkMermaid(files) {
  const blocks = files.flatMap((file) =>
    mermaidBlocks(readFileSync(file, "utf8")).map((b) => ({ file, line: b.line, code: b.code })),
  );
  if (blocks.length === 0) {
    console.log(`no Mermaid block in ${files.length} file(s)`);
    return 0;
  }
  const work = mkdtempSync(join(tmpdir(), "mermaid-check-"));
  try {
    const page = join(work, "check.html");
    // mermaid.render both parses and lays out a diagram: a diagram that GitHub would show as an error fails here.
    writeFileSync(
      page,
      `<!doctype html><html><head><meta charset="utf-8"></head><body>
<pre id="results">PENDING</pre>
<script src="${pathToFileURL(mermaidJs)}"></script>
<script>
const blocks = ${escapeScript(blocks.map((b) => b.code))};
(async () => {
  const results = [];
  try {
    mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
    for (let i = 0; i < blocks.length; i++) {
      try {
        const { svg } = await mermaid.render("d" + i, blocks[i]);
        results.push(svg.includes("Syntax error") ? { ok: false, error: "rendered an error diagram" } : { ok: true });
      } catch (e) {
        results.push({ ok: false, error: String((e && e.message) || e) });
      }
    }
  } catch (e) {
    results.push({ ok: false, error: "Mermaid failed to load: " + e });
  }
  document.getElementById("results").textContent = "RESULTS" + JSON.stringify(results);
})();
</script></body></html>`,
    );
    const dom = runChromium(["--dump-dom", pathToFileURL(page).href], join(work, "profile"));
    const match = dom.match(/RESULTS(\[.*?\])<\/pre>/s);
    if (!match) {
      console.error("the check page did not finish (Mermaid did not run); page ends with:\n" + dom.slice(-500));
      return 1;
    }
    const results = JSON.parse(decodeEntities(match[1]));
    let failed = 0;
    blocks.forEach((b, i) => {
      const r = results[i] ?? { ok: false, error: "no result" };
      if (!r.ok) {
        failed++;
        console.error(`${b.file}:${b.line}: Mermaid error: ${r.error.split("\n").join(" | ")}`);
      }
    });
    console.log(`${blocks.length - failed} of ${blocks.length} Mermaid diagrams in ${files.length} file(s) render`);
    return failed === 0 ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function decodeEntities(s) {
  return s.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function toHtml(file, out, screenshot, height) {
  const md = new MarkdownIt({ html: true, linkify: true }).use(footnote);
  const defaultFence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (token.info.trim() === "mermaid") return `<pre class="mermaid">${md.utils.escapeHtml(token.content)}</pre>\n`;
    return defaultFence(tokens, idx, options, env, self);
  };
  const body = md.render(readFileSync(file, "utf8"));
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${basename(file)}</title>
<link rel="stylesheet" href="${pathToFileURL(githubCss)}">
<style>body{margin:0;background:#fff}.markdown-body{box-sizing:border-box;width:${articleWidth}px;margin:0 auto;padding:32px}</style>
</head><body><article class="markdown-body">${body}</article>
<script src="${pathToFileURL(mermaidJs)}"></script>
<script>mermaid.initialize({ startOnLoad: false, securityLevel: "strict" }); mermaid.run({ querySelector: "pre.mermaid" });</script>
</body></html>`;
  writeFileSync(out, html);
  if (screenshot) {
    const work = mkdtempSync(join(tmpdir(), "briefing-shot-"));
    try {
      runChromium([`--window-size=1012,${height}`, `--screenshot=${resolve(screenshot)}`, pathToFileURL(resolve(out)).href], join(work, "profile"));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return 0;
}

const [command, ...rest] = process.argv.slice(2);
const usage = "usage: node briefing-pages.mjs check-mermaid FILE.md... | html FILE.md OUT.html [--screenshot OUT.png] [--height PX]";
let code;
try {
  if (command === "check-mermaid" && rest.length > 0) {
    code = checkMermaid(rest);
  } else if (command === "html" && rest.length >= 2) {
    const flag = (name, fallback) => {
      const i = rest.indexOf(name);
      return i >= 0 && i + 1 < rest.length ? rest[i + 1] : fallback;
    };
    code = toHtml(rest[0], rest[1], flag("--screenshot", null), Number(flag("--height", "4000")));
  } else {
    console.error(usage);
    code = 2;
  }
} catch (e) {
  console.error(String(e.message || e));
  code = 1;
}
process.exit(code);
