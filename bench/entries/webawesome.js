// Web Awesome's carousel and callout together, as a school would use them in place of the kit's tip card and banner.
import './webawesome-carousel.js';
import './webawesome-callout.js';
