// The WordPress plugin's translations. The source of truth is one .po file per language in wordpress/languages/
// (cmhw-widgets-<locale>.po, WordPress's locale codes: cy, pl_PL, ur); the English texts are the code's own:
//   - the editor script (wordpress/src/): every __(), _x(), _n() and _nx() with the plugin's text domain;
//   - the PHP (wordpress/*.php, wordpress/includes/): __() and its escaping forms, and the plugin's header;
//   - each block.json: title, description, keywords and the variations' titles, with the contexts WordPress gives
//     them when it translates a block.json.
//
//   node scripts/wordpress/i18n.mjs           writes wordpress/languages/cmhw-widgets.pot and brings every .po up to
//                                             date (new texts added untranslated, translations kept, old texts removed)
//   node scripts/wordpress/i18n.mjs --check   fails if a .po misses a text or a translation, keeps an old text, or
//                                             changes a placeholder (part of npm run lint)
//
// The build (build.mjs) calls compileTranslations(): a .mo file per language for PHP, and a JSON file per language
// for the editor script, in the form wp_set_script_translations() loads (<domain>-<locale>-<handle>.json).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@babel/parser';
import { mo, po } from 'gettext-parser';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PLUGIN = join(root, 'wordpress');
const LANGUAGES = join(PLUGIN, 'languages');
export const DOMAIN = 'cmhw-widgets';
/** The editor script's handle (cmhw-widgets.php): its JSON translations are named after it. */
const EDITOR_HANDLE = 'cmhw-widgets-editor';

const key = (context, id) => (context ? `${context}\u0004${id}` : id);

function files(dir, test) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, test);
    return test(entry.name) ? [path] : [];
  });
}

/**
 * Every text of the plugin, in the order first met.
 * @returns {Map<string, { msgid: string, msgctxt?: string, msgid_plural?: string, comments: Set<string>, references: Set<string>, script: boolean }>}
 */
export function extractStrings() {
  const found = new Map();
  const add = ({ msgid, msgctxt, msgid_plural, comment, reference, script }) => {
    const id = key(msgctxt, msgid);
    const entry = found.get(id) ?? { msgid, msgctxt, msgid_plural, comments: new Set(), references: new Set(), script: false };
    if (comment) entry.comments.add(comment);
    entry.references.add(reference);
    entry.script ||= script;
    found.set(id, entry);
  };

  // The editor script: the calls of @wordpress/i18n, and the translators' comment written just before one.
  const calls = {
    __: ['msgid'],
    _x: ['msgid', 'msgctxt'],
    _n: ['msgid', 'msgid_plural'],
    _nx: ['msgid', 'msgid_plural', null, 'msgctxt'],
  };
  for (const file of files(join(PLUGIN, 'src'), (name) => name.endsWith('.js'))) {
    const source = readFileSync(file, 'utf8');
    const ast = parse(source, { sourceType: 'module', plugins: ['jsx'] });
    const comments = ast.comments.filter((comment) => /translators:/i.test(comment.value));
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && calls[node.callee.name]) {
        const names = calls[node.callee.name];
        const args = node.arguments;
        const domain = args[names.length];
        if (domain?.type === 'StringLiteral' && domain.value === DOMAIN) {
          const entry = {};
          names.forEach((name, i) => {
            if (!name) return;
            if (args[i]?.type !== 'StringLiteral')
              throw new Error(`${relative(root, file)}:${node.loc.start.line}: ${node.callee.name}() needs literal strings`);
            entry[name] = args[i].value;
          });
          // A translators' comment ending on this line or the two before it.
          const comment = comments.find((c) => c.end <= node.start && node.loc.start.line - c.loc.end.line <= 2);
          add({
            ...entry,
            comment: comment?.value.replace(/^\s*\*?\s*|\s*\*?\s*$/g, '').trim(),
            reference: `src/${relative(join(PLUGIN, 'src'), file)}:${node.loc.start.line}`,
            script: true,
          });
        }
      }
      for (const [name, value] of Object.entries(node)) {
        if (name === 'loc' || name === 'leadingComments' || name === 'trailingComments') continue;
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') visit(value);
      }
    };
    visit(ast.program);
  }

  // PHP: the plugin's header, then __() and its escaping forms with the plugin's domain.
  const main = readFileSync(join(PLUGIN, `${DOMAIN}.php`), 'utf8');
  for (const field of ['Plugin Name', 'Description']) {
    const value = new RegExp(`^ \\* ${field}:\\s+(.+)$`, 'm').exec(main)?.[1].trim();
    if (value) add({ msgid: value, comment: `${field} of the plugin`, reference: `${DOMAIN}.php`, script: false });
  }
  const phpCall =
    /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*(['"])((?:\\.|(?!\1).)*)\1\s*,\s*'cmhw-widgets'\s*\)/g;
  const phpFiles = [join(PLUGIN, `${DOMAIN}.php`), ...files(join(PLUGIN, 'includes'), (name) => name.endsWith('.php'))];
  for (const file of phpFiles) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(phpCall)) {
      const msgid = match[1] === "'" ? match[2].replace(/\\(['\\])/g, '$1') : match[2].replace(/\\(["\\$])/g, '$1');
      const line = source.slice(0, match.index).split('\n').length;
      add({ msgid, reference: `${relative(PLUGIN, file)}:${line}`, script: false });
    }
  }

  // Each block.json, as WordPress translates it (wp-includes/block-i18n.json).
  for (const file of files(join(PLUGIN, 'blocks'), (name) => name === 'block.json')) {
    const block = JSON.parse(readFileSync(file, 'utf8'));
    const reference = relative(PLUGIN, file);
    const field = (msgid, msgctxt) => msgid && add({ msgid, msgctxt, reference, script: false });
    field(block.title, 'block title');
    field(block.description, 'block description');
    for (const keyword of block.keywords ?? []) field(keyword, 'block keyword');
    for (const variation of block.variations ?? []) {
      field(variation.title, 'block variation title');
      field(variation.description, 'block variation description');
      for (const keyword of variation.keywords ?? []) field(keyword, 'block variation keyword');
    }
  }
  return found;
}

/** The placeholders of a text (%s, %1$s, %d…), sorted: a translation must keep the same ones. */
const placeholders = (text) => (text.match(/%(?:\d+\$)?[sd]/g) ?? []).sort().join(' ');

/** The .po files: locale -> path. */
export function poFiles() {
  if (!existsSync(LANGUAGES)) return new Map();
  return new Map(
    readdirSync(LANGUAGES)
      .filter((name) => name.startsWith(`${DOMAIN}-`) && name.endsWith('.po'))
      .sort()
      .map((name) => [name.slice(DOMAIN.length + 1, -3), join(LANGUAGES, name)]),
  );
}

/** Every translated entry of a parsed .po file: key -> entry. */
function entriesOf(parsed) {
  const entries = new Map();
  for (const [context, messages] of Object.entries(parsed.translations)) {
    for (const [id, entry] of Object.entries(messages)) if (id !== '') entries.set(key(context, id), entry);
  }
  return entries;
}

/** What is wrong with the .po files against the code's texts (empty: nothing). */
export function checkTranslations() {
  const strings = extractStrings();
  const problems = [];
  const locales = poFiles();
  if (locales.size === 0) problems.push(`no ${DOMAIN}-<locale>.po file in ${relative(root, LANGUAGES)}`);
  for (const file of locales.values()) {
    const entries = entriesOf(po.parse(readFileSync(file)));
    const name = relative(root, file);
    for (const [id, string] of strings) {
      const entry = entries.get(id);
      const label = JSON.stringify(string.msgid) + (string.msgctxt ? ` (${string.msgctxt})` : '');
      if (!entry) problems.push(`${name}: ${label} is missing`);
      else if (!entry.msgstr.some((text) => text.trim())) problems.push(`${name}: ${label} is not translated`);
      else if (entry.msgstr.some((text) => placeholders(text) !== placeholders(string.msgid)))
        problems.push(`${name}: ${label}: the translation changes the placeholders (${placeholders(string.msgid) || 'none'})`);
    }
    for (const [id, entry] of entries) {
      if (!strings.has(id)) problems.push(`${name}: ${JSON.stringify(entry.msgid)} is no longer in the code`);
    }
  }
  return problems;
}

/** The .pot file, and each .po brought up to date with the code (translations kept). */
export function updateTranslations() {
  const strings = extractStrings();
  const asEntry = (string) => ({
    msgid: string.msgid,
    ...(string.msgctxt ? { msgctxt: string.msgctxt } : {}),
    ...(string.msgid_plural ? { msgid_plural: string.msgid_plural } : {}),
    comments: {
      ...(string.comments.size ? { extracted: [...string.comments].join('\n') } : {}),
      reference: [...string.references].join(' '),
    },
  });
  const catalogue = (headers, translated) => {
    const translations = { '': { '': { msgid: '', msgstr: [''] } } };
    for (const [id, string] of strings) {
      const context = string.msgctxt ?? '';
      translations[context] ??= {};
      const plurals = string.msgid_plural ? 2 : 1;
      translations[context][string.msgid] = {
        ...asEntry(string),
        msgstr: translated.get(id)?.msgstr ?? Array(plurals).fill(''),
      };
    }
    return { charset: 'utf-8', headers, translations };
  };
  mkdirSync(LANGUAGES, { recursive: true });
  const potHeaders = {
    'Project-Id-Version': "Children's Mental Health Week widgets",
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'X-Domain': DOMAIN,
  };
  writeFileSync(join(LANGUAGES, `${DOMAIN}.pot`), po.compile(catalogue(potHeaders, new Map())));
  for (const file of poFiles().values()) {
    const parsed = po.parse(readFileSync(file));
    writeFileSync(file, po.compile(catalogue(parsed.headers, entriesOf(parsed))));
  }
}

/**
 * The built plugin's translations: for each .po, the .mo file PHP loads (every text) and the JSON file the editor
 * script loads (the script's texts). Fails if a translation is missing or out of date.
 * @param {string} outDir The plugin's languages/ folder.
 */
export function compileTranslations(outDir) {
  const problems = checkTranslations();
  if (problems.length) throw new Error(`Translations:\n  ${problems.join('\n  ')}\n(node scripts/wordpress/i18n.mjs)`);
  const strings = extractStrings();
  mkdirSync(outDir, { recursive: true });
  for (const [locale, file] of poFiles()) {
    const parsed = po.parse(readFileSync(file));
    writeFileSync(join(outDir, `${DOMAIN}-${locale}.mo`), mo.compile(parsed));
    const messages = {
      '': { domain: 'messages', lang: locale, 'plural-forms': parsed.headers['Plural-Forms'] ?? 'nplurals=2; plural=(n != 1);' },
    };
    for (const [id, entry] of entriesOf(parsed)) if (strings.get(id)?.script) messages[id] = entry.msgstr;
    const json = {
      'translation-revision-date': parsed.headers['PO-Revision-Date'] ?? '',
      generator: 'scripts/wordpress/i18n.mjs',
      domain: 'messages',
      locale_data: { messages },
    };
    writeFileSync(join(outDir, `${DOMAIN}-${locale}-${EDITOR_HANDLE}.json`), JSON.stringify(json));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const problems = checkTranslations();
    for (const problem of problems) console.error(problem);
    process.exitCode = problems.length ? 1 : 0;
  } else {
    updateTranslations();
    console.log(`${relative(root, LANGUAGES)}: ${DOMAIN}.pot and ${poFiles().size} .po files up to date with the code`);
  }
}
