/**
 * What the server gives the editor script (cmhw_widgets_editor_data() in cmhw-widgets.php): where the kit is,
 * the kit's editions and the site's language.
 */
import { editionsOf } from './week.js';

const data = window.cmhwWidgetsEditor || { kitUrl: '', editions: [], siteLanguage: '' };

export const KIT_URL = data.kitUrl;
export const SITE_LANGUAGE = data.siteLanguage;
export const EDITIONS = editionsOf(data.editions);
