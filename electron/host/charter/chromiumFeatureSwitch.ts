/**
 * The `--disable-features` switch for every Chromium that Accord drives through playwright-core:
 * the charter printer, and the tests' and the bench's browsers.
 *
 * Chromium's new headless mode runs the whole browser, and each window starts a renderer for
 * the address bar's popup (chrome://omnibox-popup.top-chrome), though no one can type in it:
 * about 0.7 s of CPU per window, ~160 MB, and a page load competing with the page we asked for.
 * The two features below turn it off (measured with Debian's Chromium 156: eight windows took
 * 4.3 s of CPU instead of 9.9 s).
 *
 * Chromium reads only the last `--disable-features` switch, and playwright-core passes one of
 * its own before ours. So this list repeats playwright-core's (1.65.1, chromiumSwitches.ts:
 * paint holding, background requests to Google, and the like) and adds ours;
 * test/host/charter/chromiumFeatureSwitch.test.ts fails when an upgrade changes theirs.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/** The address bar's WebUI popups: the suggestions popup and the AI mode popup. */
const BROWSER_UI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** The switch with these features disabled too (one switch: Chromium reads only the last). */
export const disableFeaturesSwitch = (...more: string[]) => `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...BROWSER_UI_FEATURES, ...more].join(',')}`;

export const DISABLE_FEATURES_SWITCH = disableFeaturesSwitch();
