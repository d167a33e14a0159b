// Shoelace's carousel and alert together, as a school would use them in place of the kit's tip card and banner.
import './shoelace-carousel.js';
import './shoelace-alert.js';
