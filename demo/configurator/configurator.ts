/**
 * "Get the code": a form for a widget's attributes, language and theme, a live preview on any day of the
 * campaign, and the code to paste, in four forms (from jsDelivr, pinned to this version or the newest of its major
 * version; hosted yourself; or as an iframe), the one recommended for the choices first, each with a copy button
 * whose confirmation is shown and announced.
 */
import { html, nothing, render } from 'lit';
import { live } from 'lit/directives/live.js';
import { editions, newestEdition } from '../../src/core/editions.js';
import {
  type Choices,
  DEFAULTS,
  type Release,
  type ThemeVariable,
  attributesOf,
  editionOf,
  evergreenSnippet,
  iframeSnippet,
  pinnedSnippet,
  selfHostedSnippet,
} from './snippet.js';

const LANGUAGES = [
  ['en-GB', 'English'],
  ['cy', 'Cymraeg (Welsh)'],
  ['pl', 'Polski (Polish)'],
  ['ur', 'اردو (Urdu)'],
] as const;

const COLOURS: Array<[ThemeVariable, string, string]> = [
  ['accent', 'Accent (number boxes, button)', '#5c2d91'],
  ['on-accent', 'Text on the accent', '#ffffff'],
  ['surface', 'Background', '#ffffff'],
  ['text', 'Text', '#1d1d1f'],
  ['focus-color', 'Keyboard focus ring', '#1d1d1f'],
  ['link-color', 'Links', '#5c2d91'],
];

type Preview = 'live' | 'before' | 'during' | 'after';

/** WCAG relative luminance and contrast ratio, to warn about colour pairs that would be hard to read. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const WIDGETS: ReadonlyArray<Choices['widget']> = ['countdown', 'tip-card', 'banner'];

/**
 * The choices a link to the configurator makes: `?widget=tip-card` opens it with that widget chosen (each element's
 * page links here so). Anything else in the address is left alone; an unknown widget warns and the countdown stays.
 */
export function choicesFromQuery(search: string): Partial<Choices> {
  const widget = new URLSearchParams(search).get('widget');
  if (widget === null) return {};
  if ((WIDGETS as readonly string[]).includes(widget)) return { widget: widget as Choices['widget'] };
  console.warn(`Get the code: ?widget=${JSON.stringify(widget)} is not a widget (${WIDGETS.join(', ')}); showing the countdown.`);
  return {};
}

export function mountConfigurator(root: HTMLElement, release: Release, initial: Partial<Choices> = {}): void {
  const choices: Choices = { ...structuredClone(DEFAULTS), ...initial };
  let preview: Preview = 'live';
  let copied = '';
  let ownDates = false;

  const colour = (name: ThemeVariable, fallback: string) => choices.theme[name] ?? fallback;

  /** The `now` of the preview: a moment before, during or after the chosen week (the code never sets it). */
  const previewNow = (): string | undefined => {
    if (preview === 'live') return undefined;
    const edition = editionOf(choices);
    const start = new Date(`${choices.start || edition.start}T12:00:00Z`);
    const end = new Date(`${choices.end || edition.end}T12:00:00Z`);
    const moment = {
      before: start.getTime() - 5 * 86_400_000,
      during: start.getTime() + 2 * 86_400_000,
      after: end.getTime() + 7 * 86_400_000,
    }[preview];
    return new Date(moment).toISOString().slice(0, 16);
  };

  const update = () => renderForm();

  const set =
    <K extends keyof Choices>(key: K) =>
    (event: Event) => {
      choices[key] = (event.target as HTMLInputElement).value as Choices[K];
      update();
    };

  const setColour = (name: ThemeVariable, fallback: string) => (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    if (value.toLowerCase() === fallback) delete choices.theme[name];
    else choices.theme[name] = value;
    update();
  };

  async function copy(label: string, code: string) {
    try {
      await navigator.clipboard.writeText(code);
      copied = label;
    } catch {
      copied = '';
      window.alert('Copying was not allowed here: select the code and copy it with Ctrl+C (or ⌘C).');
    }
    update();
  }

  /**
   * The code, the recommended address first with one line on which it is and why: the newest known week follows each
   * year's release, so it takes the evergreen file; a year or the school's own dates never change, so they take this
   * version's file, checked by its hash. Both come from jsDelivr (what that means for privacy: the embedding guide).
   */
  function addressBlocks() {
    const major = release.version.split('.')[0];
    const follows = choices.edition === 'latest' && !choices.start && !choices.end;
    const pinned = codeBlock(
      'pinned',
      `From jsDelivr, version ${release.version}`,
      `This exact file for ever, checked by its integrity hash: the browser refuses it if it ever changes.`,
      pinnedSnippet(choices, release),
    );
    const evergreen = codeBlock(
      'evergreen',
      `From jsDelivr, always the newest ${major}.x release`,
      `Updates itself: each release of the kit replaces this file, so a new week arrives with no change to your page. It cannot carry an integrity hash, since the file changes.`,
      evergreenSnippet(choices, release),
    );
    return html`<p id="address-choice">
        ${
          follows
            ? `Recommended for you: the newest ${major}.x release from jsDelivr, since the newest known week changes each year and this file follows it.`
            : `Recommended for you: version ${release.version} from jsDelivr, checked by its hash, since the week you chose never changes.`
        }
        <a href="../embedding/#where-the-file-comes-from-a-public-address-or-your-own-site">What jsDelivr is, and hosting the file yourself</a>.
      </p>
      ${follows ? [evergreen, pinned] : [pinned, evergreen]}
      ${codeBlock(
        'self',
        'Host the file yourself',
        'The same, with the file on your own web space: nothing comes from anyone else (download it from the address in the comment).',
        selfHostedSnippet(choices, release),
      )}
      ${codeBlock(
        'iframe',
        'As an iframe',
        "For platforms that strip scripts but allow an iframe (Google Sites, Wix, some school systems): the page comes from the kit's site.",
        iframeSnippet(choices, release),
      )}`;
  }

  function codeBlock(id: string, title: string, explanation: string, code: string) {
    return html`<section class="code" aria-labelledby="${id}-title">
      <h3 id="${id}-title">${title}</h3>
      <p>${explanation}</p>
      <pre id="${id}-code" tabindex="0" aria-label="${title}: code"><code>${code}</code></pre>
      <p class="copy">
        <button type="button" @click=${() => copy(id, code)} aria-describedby="${id}-title">Copy the code</button>
        ${copied === id ? html`<span class="copied" aria-hidden="true">✓ Copied</span>` : nothing}
      </p>
    </section>`;
  }

  /** The banner's own settings. */
  function bannerFields() {
    return html`<fieldset>
      <legend>Banner</legend>
      <p>
        <input type="checkbox" id="cfg-dismissible" .checked=${live(choices.dismissible)}
          @change=${(event: Event) => {
            choices.dismissible = (event.target as HTMLInputElement).checked;
            update();
          }} />
        <label for="cfg-dismissible">Visitors can close it (remembered in their browser, no cookie)</label>
      </p>
      <p>
        <label for="cfg-show-window">Show it</label>
        <select id="cfg-show-window" .value=${live(choices.showWindow)} @change=${set('showWindow')}>
          <option value="">all the time</option>
          <option value="14">from 2 weeks before the week until it ends</option>
          <option value="14 7">from 2 weeks before until a week after (a thank-you)</option>
          <option value="28 7">from 4 weeks before until a week after</option>
        </select>
      </p>
      <p>
        <label for="cfg-heading-level">Heading level of the theme</label>
        <select id="cfg-heading-level" .value=${live(choices.headingLevel)} @change=${set('headingLevel')}>
          ${['1', '2', '3', '4', '5', '6'].map((level) => html`<option value=${level}>h${level}</option>`)}
        </select>
      </p>
      <p>
        <label for="cfg-href">Resources link (empty: the official site)</label>
        <input type="url" id="cfg-href" placeholder="https://www.childrensmentalhealthweek.org.uk/" .value=${live(choices.href)}
          @change=${(event: Event) => {
            const field = event.target as HTMLInputElement;
            const value = field.value.trim();
            choices.href = /^https?:\/\/\S+$/i.test(value) ? value : '';
            field.setCustomValidity(value && !choices.href ? 'A whole http:// or https:// address' : '');
            field.reportValidity();
            update();
          }} />
      </p>
    </fieldset>`;
  }

  function renderForm() {
    const hardToRead = [
      ['the text on the accent', colour('on-accent', '#ffffff'), colour('accent', '#5c2d91')],
      ['the text', colour('text', '#1d1d1f'), colour('surface', '#ffffff')],
      ['the links', colour('link-color', colour('accent', '#5c2d91')), colour('surface', '#ffffff')],
    ].filter(([, a, b]) => contrast(a!, b!) < 4.5);
    const style = Object.entries(choices.theme)
      .map(([name, value]) => `--cmhw-${name}: ${value}`)
      .join('; ');
    const attributes = Object.fromEntries(attributesOf(choices));

    render(
      html`<form class="choices" @submit=${(event: Event) => event.preventDefault()}>
          <h2>1. Choose</h2>
          <p>
            <label for="cfg-widget">Widget</label>
            <select id="cfg-widget" .value=${live(choices.widget)} @change=${set('widget')}>
              <option value="countdown">Countdown</option>
              <option value="tip-card">Tip card</option>
              <option value="banner">Banner</option>
            </select>
          </p>
          <p>
            <label for="cfg-lang">Language</label>
            <select id="cfg-lang" .value=${live(choices.lang)} @change=${set('lang')}>
              ${LANGUAGES.map(([code, name]) => html`<option value=${code} lang=${code}>${name}</option>`)}
            </select>
          </p>
          <fieldset>
            <legend>Which week</legend>
            <p>
              <input type="radio" id="cfg-week-edition" name="week" .checked=${live(!ownDates)}
                @change=${() => {
                  ownDates = false;
                  choices.start = choices.end = '';
                  update();
                }} />
              <label for="cfg-week-edition">An edition</label>
              <label class="inline" for="cfg-edition">Year</label>
              <select id="cfg-edition" .value=${live(choices.edition)} @change=${set('edition')} ?disabled=${ownDates}>
                ${editions.map((e) => html`<option value=${String(e.year)}>${e.year}</option>`)}
                <option value="latest">newest (${newestEdition().year} now)</option>
              </select>
            </p>
            <p>
              <input type="radio" id="cfg-week-own" name="week" .checked=${live(ownDates)}
                @change=${() => {
                  ownDates = true;
                  update();
                }} />
              <label for="cfg-week-own">Your own dates (UK)</label>
            </p>
            ${
              ownDates
                ? html`<p class="dates">
                  <label for="cfg-start">First day</label>
                  <input type="date" id="cfg-start" .value=${live(choices.start)} @change=${set('start')} />
                  <label for="cfg-end">Last day</label>
                  <input type="date" id="cfg-end" .value=${live(choices.end)} @change=${set('end')} />
                </p>`
                : nothing
            }
          </fieldset>
          ${
            choices.widget === 'tip-card'
              ? html`<p>
                <label for="cfg-mode">Tips</label>
                <select id="cfg-mode" .value=${live(choices.mode)} @change=${set('mode')}>
                  <option value="rotate">change every few seconds (visitors can pause)</option>
                  <option value="daily">one a day, no motion</option>
                </select>
              </p>
              ${
                choices.mode === 'rotate'
                  ? html`<p>
                    <label for="cfg-interval">Seconds between tips (5 to 3600)</label>
                    <input type="number" id="cfg-interval" min="5" max="3600" .value=${live(choices.interval)}
                      @change=${(event: Event) => {
                        const value = (event.target as HTMLInputElement).valueAsNumber;
                        choices.interval = Number.isFinite(value)
                          ? String(Math.max(5, Math.min(3600, value)))
                          : DEFAULTS.interval;
                        update();
                      }} />
                  </p>`
                  : nothing
              }`
              : choices.widget === 'countdown'
                ? html`<p>
                <label for="cfg-precision">Show the time left to the</label>
                <select id="cfg-precision" .value=${live(choices.precision)} @change=${set('precision')}>
                  <option value="day">day</option>
                  <option value="hour">hour</option>
                  <option value="minute">minute</option>
                  <option value="second">second (with a pause button)</option>
                </select>
              </p>`
                : nothing
          }
          ${choices.widget === 'banner' ? bannerFields() : nothing}
          <fieldset class="colours">
            <legend>Colours and shape</legend>
            ${COLOURS.map(
              ([name, label, fallback]) => html`<p>
                <input type="color" id="cfg-${name}" .value=${live(colour(name, fallback))} @input=${setColour(name, fallback)} />
                <label for="cfg-${name}">${label}</label>
              </p>`,
            )}
            <p>
              <label for="cfg-radius">Corner radius (px)</label>
              <input type="number" id="cfg-radius" min="0" max="40" .value=${live(String(parseInt(choices.theme.radius ?? '12', 10)))}
                @input=${(event: Event) => {
                  const value = (event.target as HTMLInputElement).valueAsNumber;
                  if (Number.isFinite(value) && value !== 12) choices.theme.radius = `${Math.max(0, Math.min(40, value))}px`;
                  else delete choices.theme.radius;
                  update();
                }} />
            </p>
            <p>
              <label for="cfg-font">Font (empty: your page's)</label>
              <input type="text" id="cfg-font" placeholder="your page's font" .value=${live(choices.theme.font ?? '')}
                @change=${(event: Event) => {
                  const value = (event.target as HTMLInputElement).value.trim();
                  if (value && CSS.supports('font-family', value)) choices.theme.font = value;
                  else delete choices.theme.font;
                  update();
                }} />
            </p>
            ${
              hardToRead.length > 0
                ? html`<p class="warning" role="alert">
                  Hard to read: ${hardToRead.map(([what]) => what).join(', ')} (contrast under 4.5:1, the WCAG AA minimum).
                </p>`
                : nothing
            }
          </fieldset>
        </form>

        <section class="preview" aria-labelledby="preview-title">
          <h2 id="preview-title">2. Preview</h2>
          ${
            // A rotating tip card looks the same on any day: no choice of day that would change nothing.
            choices.widget === 'tip-card' && choices.mode === 'rotate'
              ? nothing
              : html`<fieldset>
            <legend>Preview it on</legend>
            ${(['live', 'before', 'during', 'after'] as const).map(
              (value) => html`<input type="radio" name="preview" id="cfg-preview-${value}" .checked=${live(preview === value)}
                  @change=${() => {
                    preview = value;
                    update();
                  }} />
                <label for="cfg-preview-${value}">${{ live: 'today', before: 'before the week', during: 'during the week', after: 'after the week' }[value]}</label>`,
            )}
          </fieldset>`
          }
          <div class="stage">
            ${
              choices.widget === 'banner'
                ? // The preview's close button must not hide the preview for good: it keeps the banner. Its
                  // heading is an <h3> under this page's "2. Preview" (the chosen level is for the visitor's page).
                  html`<cmhw-banner
                    lang=${attributes.lang ?? 'en-GB'}
                    edition=${attributes.edition ?? nothing}
                    start=${attributes.start ?? nothing}
                    end=${attributes.end ?? nothing}
                    ?dismissible=${choices.dismissible}
                    heading-level="3"
                    href=${attributes.href ?? nothing}
                    now=${previewNow() ?? nothing}
                    style=${style}
                    @cmhw-dismiss=${(event: Event) => event.preventDefault()}
                  ></cmhw-banner>`
                : choices.widget === 'tip-card'
                  ? html`<cmhw-tip-card
                  lang=${attributes.lang ?? 'en-GB'}
                  edition=${attributes.edition ?? nothing}
                  interval=${attributes.interval ?? nothing}
                  mode=${attributes.mode ?? nothing}
                  now=${previewNow() ?? nothing}
                  style=${style}
                ></cmhw-tip-card>`
                  : html`<cmhw-countdown
                    lang=${attributes.lang ?? 'en-GB'}
                    edition=${attributes.edition ?? nothing}
                    start=${attributes.start ?? nothing}
                    end=${attributes.end ?? nothing}
                    precision=${attributes.precision ?? nothing}
                    now=${previewNow() ?? nothing}
                    style=${style}
                  ></cmhw-countdown>`
            }
          </div>
        </section>

        <section class="codes" aria-labelledby="code-title">
          <h2 id="code-title">3. Copy the code</h2>
          ${addressBlocks()}
          <p class="visually-hidden" role="status">${copied ? 'Code copied to the clipboard.' : ''}</p>
        </section>`,
      root,
    );
  }

  renderForm();
}
