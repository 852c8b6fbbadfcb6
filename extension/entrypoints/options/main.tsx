// The options page entry: picks en/it from the browser's language and mounts the page into #app.
import { render } from 'preact';
import { langFromLocale } from '../../../core/locale';
import { OptionsPage } from './options-page';
import { optionsLabels } from './options-labels';
import './options.css';

const lang = langFromLocale(navigator.language);
document.documentElement.lang = lang;
document.title = optionsLabels(lang).pageTitle;
render(<OptionsPage lang={lang} />, document.getElementById('app')!);
