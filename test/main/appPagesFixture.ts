import { createAppPages } from '../../electron/main/createAppPages';

/** The installed app's pages, as the shell loads them from its own scheme. */
export const appPageUrl = 'app://accord/index.html';
export const projectorPageUrl = `${appPageUrl}?view=projector`;
export const charterPrintPageUrl = `${appPageUrl}?view=charter-print`;
export const appAssetUrl = 'app://accord/assets/index-3f2a.js';

export const pages = createAppPages();
