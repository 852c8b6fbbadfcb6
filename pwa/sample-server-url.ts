// Where the sample Partner Center server is: core's one default (npm start runs it there), overridable by
// `?sample=<url>` (tests start it on a random port) or a saved setting.
import { DEFAULT_SAMPLE_SERVER_URL } from '../core/partner-center/sample-server-address';

export const SAMPLE_SERVER_SETTING = 'activity-lens.sample-server';

export function sampleServerUrl(search = window.location.search): string {
  return new URLSearchParams(search).get('sample') || localStorage.getItem(SAMPLE_SERVER_SETTING) || DEFAULT_SAMPLE_SERVER_URL;
}
