// The page's own tips that the project publishes (the docs' snippet and the site's example show the same two), by
// name: their room is measured as any other widget's (variant `own:<name>`), so that it is exact for them. Own tips
// the project cannot know (a school's, the WordPress plugin's tip blocks) take the built-in tips' room.
export const OWN_TIPS = {
  docs: [
    { title: 'Eat together', text: 'One meal a week at the table, phones away, is a good start.' },
    { title: 'Walk and talk', text: 'Side by side, children often say more than face to face.' },
  ],
};

/** The name of the published set with exactly these tips, if there is one. */
export function ownTipsNamed(tips) {
  const key = JSON.stringify(tips);
  return Object.keys(OWN_TIPS).find((name) => JSON.stringify(OWN_TIPS[name]) === key);
}
