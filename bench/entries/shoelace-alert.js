// Shoelace's alert, cherry-picked: the nearest published equivalent of the banner (a message with a link, dismissible).
import './shoelace-theme.js';
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
