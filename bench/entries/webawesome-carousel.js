// Web Awesome's carousel, cherry-picked: the nearest published equivalent of the tip card.
import './webawesome-theme.js';
import '@awesome.me/webawesome/dist/components/carousel/carousel.js';
import '@awesome.me/webawesome/dist/components/carousel-item/carousel-item.js';
