/**
 * The plugin's blocks in the editor: each shows the real element, live, in the editor's canvas, and the sidebar
 * sets its attributes. Their names, titles, keywords and attributes come from their block.json files, which
 * WordPress registers on the server and passes to the editor (translated); the default variation of each (in
 * block.json) makes a newly inserted block follow the newest known week.
 */
import './blocks/countdown.js';
import './blocks/tip-card.js';
import './blocks/tip.js';
import './blocks/banner.js';
import './editor.css';
