import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAppPages } from '../../electron/main/createAppPages';

/** An installed app's renderer, as the shell would see it. */
export const rendererFile = resolve('/opt/Accord/resources/app/out/renderer/index.html');
export const appPageUrl = pathToFileURL(rendererFile).href;
export const projectorPageUrl = `${appPageUrl}?view=projector`;
export const charterPrintPageUrl = `${appPageUrl}?view=charter-print`;
export const appAssetUrl = pathToFileURL(resolve(rendererFile, '../assets/index-3f2a.js')).href;

export const pages = createAppPages({ rendererFile });
