// The extension's build and manifest (WXT, MV3 for Chrome/Edge, MV2 sidebar build for Firefox). Every permission
// here is explained in docs/extension-permissions.md: keep the two in step.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { preactWithoutInnerHtml } from './extension/build/preact-without-inner-html';

/** Partner Center's dashboard (content script, tab URLs) and its API. */
const PARTNER_CENTER_HOSTS = ['https://partner.microsoft.com/*', 'https://api.partnercenter.microsoft.com/*'];

/**
 * Asked for only at the moment of sign-in: Microsoft Entra ID, global and US Government. Partner Center for US
 * Government uses the same API host as the global cloud (Microsoft's "Partner Center REST URLs" page).
 */
const OPTIONAL_HOSTS = ['https://login.microsoftonline.com/*', 'https://login.microsoftonline.us/*'];

/**
 * Pages that may frame the app-bridge page (extension/entrypoints/app-bridge): wherever the user may serve the app
 * (any HTTPS host, or this computer for `npm start`). Framing it gives a page nothing by itself: the background
 * serves only origins the user paired in the extension (docs/extension-permissions.md, "Talking to the app").
 */
const APP_BRIDGE_EMBEDDERS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'public',
  outDir: '.output',
  entrypointsDir: 'entrypoints',
  vite: () => ({
    plugins: [preact(), preactWithoutInnerHtml()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser, manifestVersion }) => {
    const chromium = browser !== 'firefox';
    const permissions = ['storage', 'downloads', 'notifications', 'contextMenus', 'identity', 'alarms'];
    if (chromium) permissions.push('sidePanel', 'offscreen');
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions,
      host_permissions: PARTNER_CENTER_HOSTS,
      optional_host_permissions: manifestVersion === 3 ? OPTIONAL_HOSTS : undefined,
      action: { default_title: '__MSG_actionTitle__', default_icon: ICONS },
      commands: {
        // Firefox opens its sidebar itself with _execute_sidebar_action; Chrome needs our handler (sidePanel.open).
        [chromium ? 'open-side-panel' : '_execute_sidebar_action']: {
          suggested_key: { default: 'Alt+Shift+L' },
          description: '__MSG_commandOpenPanel__',
        },
        'export-log': {
          suggested_key: { default: 'Alt+Shift+E' },
          description: '__MSG_commandExport__',
        },
      },
      content_security_policy:
        manifestVersion === 3
          ? { extension_pages: "script-src 'self'; object-src 'self'" }
          : ("script-src 'self'; object-src 'self'" as never),
      web_accessible_resources:
        manifestVersion === 3
          ? [{ resources: ['app-bridge.html'], matches: APP_BRIDGE_EMBEDDERS }]
          : (['app-bridge.html'] as never),
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'activity-lens@activity-lens.invalid',
                // 140 (ESR) and Android 142: the first that read data_collection_permissions (Mozilla's built-in consent).
                strict_min_version: '140.0',
                // Nothing leaves for us or any third party: records come from Microsoft's own API with the user's own
                // sign-in and stay in the browser (docs/extension-permissions.md). Mozilla requires the statement.
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
});
