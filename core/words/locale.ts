// Which of our two UI languages a browser locale gets, and which CSV delimiter Excel expects there.

export type Lang = 'en' | 'it';

export function langFromLocale(locale: string | undefined): Lang {
  return (locale ?? '').toLowerCase().startsWith('it') ? 'it' : 'en';
}

/** Locales whose decimal separator is a comma: Excel lists CSV fields with ';' there. */
const DECIMAL_COMMA_LANGUAGES = new Set([
  'it', 'de', 'fr', 'es', 'pt', 'nl', 'da', 'sv', 'nb', 'no', 'nn', 'fi', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs',
  'hu', 'ro', 'bg', 'ru', 'uk', 'be', 'tr', 'el', 'lt', 'lv', 'et', 'is', 'ca', 'gl', 'eu', 'id', 'vi', 'az', 'kk', 'ka', 'mk', 'sq',
]);

/** Overrides by region where the language alone misleads (de-CH and fr-CH use '.' decimals; es-MX too). */
const DECIMAL_POINT_REGIONS = new Set(['de-ch', 'fr-ch', 'it-ch', 'es-mx', 'es-us']);

export type CsvDelimiter = ',' | ';';

export function csvDelimiterForLocale(locale: string | undefined): CsvDelimiter {
  const tag = (locale ?? 'en').toLowerCase().replace('_', '-');
  const [language, region] = tag.split('-');
  if (region && DECIMAL_POINT_REGIONS.has(`${language}-${region}`)) return ',';
  return DECIMAL_COMMA_LANGUAGES.has(language ?? '') ? ';' : ',';
}
