// The configurator page: the kit (for the preview), this version's release details, and the form.
import '../../src/index.js';
import release from 'virtual:cmhw-release';
import { choicesFromQuery, mountConfigurator } from './configurator.js';

mountConfigurator(document.getElementById('configurator')!, release, choicesFromQuery(location.search));
