// Web Awesome's callout, cherry-picked: the nearest published equivalent of the banner.
import './webawesome-theme.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
