// `npm run build:zip`: the download for a school's own web space, for a webmaster without npm (as GOV.UK Frontend
// offers its release zip): dist/cmhw-widgets-VERSION.zip, with
//   HOW-TO.html                        one page in plain words: what to upload where, and the code to paste
//   LICENSE
//   cmhw-widgets/cmhw-widgets.js       the single file
//   cmhw-widgets/cmhw-widgets.js.sha384  its SHA-384, as sha384sum writes it (sha384sum -c checks it)
//   cmhw-widgets/embed.html, embed.js, embed.css  the iframe page, for platforms that strip scripts
// The code in HOW-TO.html is the configurator's (demo/configurator/snippet.ts), with the school's own address to
// fill in. The zip is written after the kit (it needs dist/), and the site's build puts it in the version's folder.
// Run with `--print-how-to` to print the page instead.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULTS, iframeSnippet, pinnedSnippet, type Choices, type Release } from '../../demo/configurator/snippet.js';
import { PAGE_FILES, releaseAddresses } from './addresses.mjs';
import { zip } from '../wordpress/zip.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The folder to upload, as it is named in the zip and on the school's web space. */
export const UPLOAD_FOLDER = 'cmhw-widgets';
/** Where the code says "your site": the school writes its own address there. */
export const SCHOOL_SITE = 'https://your-school.example/';
const HASH_FILE = 'cmhw-widgets.js.sha384';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/** A code block, with the part a school replaces marked (a screen reader says "highlight" on <mark>). */
const code = (text: string, label: string) =>
  `<pre tabindex="0" aria-label="${escapeHtml(label)}"><code>${escapeHtml(text).replaceAll(SCHOOL_SITE, `<mark>${SCHOOL_SITE}</mark>`)}</code></pre>`;

/** A widget on a page of its own, for the platforms that show pasted code in a frame (Wix, Google Sites). */
const wholePage = (snippet: string) =>
  // <base target="_blank">: the link inside opens the official site in a new tab, not inside the small frame.
  `<!doctype html>\n<html lang="en-GB">\n  <head><base target="_blank" /></head>\n  <body style="margin: 0; font-family: system-ui, sans-serif">\n${snippet
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n')}\n  </body>\n</html>`;

export function howTo(): string {
  const addresses = releaseAddresses();
  const { version } = addresses;
  // Every address is the school's own folder, where it uploads the zip's folder.
  const folder = `${SCHOOL_SITE}${UPLOAD_FOLDER}/`;
  const release: Release = {
    version,
    integrity: addresses.integrity,
    pinned: `${folder}cmhw-widgets.js`,
    evergreen: `${folder}cmhw-widgets.js`,
    site: folder,
    download: `${addresses.pages.folder}${addresses.zip}`,
  };
  // A school pasting this today wants the newest week the kit knows (the configurator's own default).
  const widget = (name: Choices['widget']): Choices => ({ ...DEFAULTS, widget: name });
  const countdown = pinnedSnippet(widget('countdown'), release);
  const files: Array<[string, string]> = [
    [`${UPLOAD_FOLDER}/`, 'The folder to upload to your website, with everything below in it.'],
    [`${UPLOAD_FOLDER}/cmhw-widgets.js`, 'The widgets: one file with all three.'],
    [`${UPLOAD_FOLDER}/embed.html`, 'A page that shows one widget inside a frame, for websites that do not allow scripts.'],
    [`${UPLOAD_FOLDER}/embed.js`, 'Used by embed.html.'],
    [`${UPLOAD_FOLDER}/embed.css`, 'Used by embed.html.'],
    [
      `${UPLOAD_FOLDER}/${HASH_FILE}`,
      'The fingerprint of cmhw-widgets.js (SHA-384), to check that it arrived unchanged (optional).',
    ],
    ['HOW-TO.html', 'This page. You do not need to upload it.'],
    ['LICENSE', 'The licence (MIT): you may use, copy and change the widgets freely, keeping this notice.'],
  ];
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>How to put the Children's Mental Health Week widgets on your website (version ${version})</title>
<style>
  body { max-inline-size: 46rem; margin: 0 auto; padding: 1rem 1rem 3rem; font-family: system-ui, sans-serif; line-height: 1.5; color: #1d1d1f; background: #fff; overflow-wrap: break-word; }
  a { color: #5c2d91; }
  :focus-visible { outline: 3px solid #1d1d1f; outline-offset: 2px; }
  h1 { line-height: 1.2; }
  h2 { margin-block-start: 2.5rem; }
  table { border-collapse: collapse; inline-size: 100%; }
  th, td { border-block-end: 1px solid #d6d3df; padding: 0.4rem 0.5rem 0.4rem 0; text-align: start; vertical-align: top; }
  code { font-size: 0.9em; overflow-wrap: anywhere; }
  pre { overflow-x: auto; padding: 0.75rem 1rem; border: 1px solid #d6d3df; border-radius: 8px; background: #f6f5f9; font-size: 0.85rem; }
  pre code { overflow-wrap: normal; }
  mark { background: #ffe27a; color: inherit; }
</style>
</head>
<body>
<main>
<h1>How to put the Children's Mental Health Week widgets on your website</h1>
<p>Version ${version} of the widgets: a countdown to the week, a card of tips for parents and carers, and a banner
with the week's theme. This download is for a website you can upload files to. The widgets set no cookies, track
no one and ask nothing of any other website.</p>
<p>If your website cannot hold files (Wix, Squarespace, Google Sites and many school website services cannot), you do
not need this download: <a href="${addresses.pages.configurator}">the widgets' website</a> gives you code that loads
the widgets from a public address.</p>

<h2>What is in this download</h2>
<table>
<thead><tr><th scope="col">File</th><th scope="col">What it is</th></tr></thead>
<tbody>
${files.map(([file, what]) => `<tr><td><code class="file">${file}</code></td><td>${what}</td></tr>`).join('\n')}
</tbody>
</table>

<h2>Step 1: upload the folder</h2>
<p>Upload the folder <code>${UPLOAD_FOLDER}</code>, with all the files in it, to your website: with your web host's
file manager, an FTP program, or whatever your website offers for uploading files. Put it at the top of your site, so
that the widgets' file has the address <code>${SCHOOL_SITE}${UPLOAD_FOLDER}/cmhw-widgets.js</code>, with your
website's address in place of <code>${SCHOOL_SITE}</code>.</p>
<p><strong>Check it:</strong> open that address in your browser. You should see a page of code. If you see "Not
found", the folder went somewhere else: find its address, and use that in the code below.</p>

<h2>Step 2: paste the code</h2>
<p>Where the countdown should appear, paste this into your page's HTML. Change the highlighted address to your
website's address (keep <code>${UPLOAD_FOLDER}/cmhw-widgets.js</code> at the end).</p>
${code(countdown, 'The countdown')}
<p>It shows the newest Children's Mental Health Week that this version knows. Visitors without JavaScript see a link
to the official site instead. The <code>integrity</code> value lets browsers refuse the file if it is ever changed:
when you upload a newer version of the widgets, take the code from that version's own HOW-TO.</p>
<p>The tip card (six tips for parents and carers, one at a time):</p>
${code(pinnedSnippet(widget('tip-card'), release), 'The tip card')}
<p>The banner (the week's theme, its dates and a link to the free resources):</p>
${code(pinnedSnippet(widget('banner'), release), 'The banner')}
<p>Each paste brings the same file; the browser loads it once however many widgets a page has.</p>

<h2>On your platform</h2>
<h3>A page whose HTML you can edit</h3>
<p>Paste the code from step 2 where the widget should go.</p>
<h3>WordPress</h3>
<p>The easiest way is the WordPress plugin, <code>${addresses.wordpressZip}</code>, on
<a href="${addresses.release}">this version's release page</a>: in WordPress, go to Plugins, Add New, Upload Plugin,
choose the zip and activate it. The widgets are then blocks in the editor, with no code to paste. Without the
plugin, add a <strong>Custom HTML</strong> block and paste the code from step 2 (only administrators may add scripts).</p>
<h3>Squarespace</h3>
<p>Add a <strong>Code</strong> block, set it to HTML, untick "Display source", and paste the code from step 2
(Squarespace runs scripts in Code blocks on its paid plans). Squarespace cannot hold the folder itself: upload it to
other web space you have, or use the public address from <a href="${addresses.pages.configurator}">the widgets' website</a>.</p>
<h3>Wix and Google Sites</h3>
<p>In Wix, add <strong>Embed Code</strong>, then <strong>Embed HTML</strong>, and choose Code. In Google Sites, choose
<strong>Insert</strong>, <strong>Embed</strong>, <strong>Embed code</strong>. Both show pasted code in a frame of its
own, so paste this whole small page, then drag the frame to about 300 pixels high. They cannot hold the folder
themselves either: put it on other web space you have, or use the public address from the widgets' website.</p>
${code(wholePage(countdown), 'The countdown as a page of its own, for Wix and Google Sites')}
<h3>Where scripts are not allowed, but frames are</h3>
<p>Some website services remove scripts from pasted code. Paste this frame instead: it shows the countdown from
<code>embed.html</code> in the folder you uploaded.</p>
${code(iframeSnippet(widget('countdown'), release), 'The countdown in a frame')}
<p>Write <code>widget=tip-card</code> or <code>widget=banner</code> in its address for the other widgets.</p>

<h2>Other languages, colours and dates</h2>
<p>The widgets speak English, Welsh, Polish and Urdu, following the language of your page. To choose a language,
your own colours or your own dates, use <a href="${addresses.pages.configurator}">the widgets' website</a>: it
previews the widget and writes the code for you; choose "Host the file yourself" there, and use the address of
your folder.</p>

<h2>Check the file (optional)</h2>
<p>The file's SHA-384 fingerprint is <code>${addresses.sha384}</code>. In the <code>${UPLOAD_FOLDER}</code>
folder, <code>sha384sum -c ${HASH_FILE}</code> (Linux), <code>shasum -a 384 -c ${HASH_FILE}</code> (macOS) or
<code>certutil -hashfile cmhw-widgets.js SHA384</code> (Windows, then compare) checks it.</p>

<p>cmhw-widgets ${version}, MIT licence. <a href="${addresses.release}">This version's release page</a> ·
<a href="${addresses.pages.site}">The widgets' website</a></p>
</main>
</body>
</html>
`;
}

export function buildSchoolZip(): { file: string; entries: string[] } {
  const { version, sha384, zip: name } = releaseAddresses();
  for (const file of PAGE_FILES)
    if (!existsSync(`${root}dist/${file}`)) throw new Error(`dist/${file} is missing: build the kit first (npm run build).`);
  const entries = [
    { name: 'HOW-TO.html', data: Buffer.from(howTo()) },
    { name: 'LICENSE', data: readFileSync(`${root}LICENSE`) },
    ...PAGE_FILES.map((file) => ({ name: `${UPLOAD_FOLDER}/${file}`, data: readFileSync(`${root}dist/${file}`) })),
    { name: `${UPLOAD_FOLDER}/${HASH_FILE}`, data: Buffer.from(`${sha384}  cmhw-widgets.js\n`) },
  ];
  const file = `${root}dist/${name}`;
  writeFileSync(file, zip(entries));
  console.log(`School download ${version}: dist/${name} (${entries.length} files)`);
  return { file, entries: entries.map((entry) => entry.name) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--print-how-to')) process.stdout.write(howTo());
  else buildSchoolZip();
}
