// Shoelace's components read their colours, spacing and fonts from the theme's custom properties: a page needs the
// light theme's CSS as well as the components. It is put inside the bundle, as the kit carries its own styles.
import theme from '@shoelace-style/shoelace/dist/themes/light.css?inline';

const sheet = new CSSStyleSheet();
sheet.replaceSync(theme);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
