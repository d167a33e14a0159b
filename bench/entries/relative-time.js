// GitHub's live-updating time element, as its README imports it: the nearest published equivalent of the countdown.
import '@github/relative-time-element';
