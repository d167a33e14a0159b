/**
 * What is saved in the post: the fallback that stays if the plugin is deactivated, and that visitors without
 * JavaScript see (the render rebuilds the same from the attributes, escaped: includes/render.php).
 */
import { EDITIONS } from './data.js';
import { formatRange, OFFICIAL_SITE, resolveWeek } from './week.js';

/**
 * The official site's link and the week's dates, in British English and marked so: the saved post cannot follow
 * the site's language, and screen readers must read it as English.
 *
 * @param {Object} props
 * @param {Object} props.attributes The block's attributes.
 */
export function FallbackParagraph({ attributes }) {
  const week = resolveWeek(EDITIONS, attributes);
  return (
    <p lang="en-GB">
      <a href={OFFICIAL_SITE}>Children&apos;s Mental Health Week</a>
      {week.evergreen ? '' : ': ' + formatRange(week.start, week.end)}
    </p>
  );
}
