// Shoelace's carousel, cherry-picked: the nearest published equivalent of the tip card (one tip at a time, rotating).
import './shoelace-theme.js';
import '@shoelace-style/shoelace/dist/components/carousel/carousel.js';
import '@shoelace-style/shoelace/dist/components/carousel-item/carousel-item.js';
