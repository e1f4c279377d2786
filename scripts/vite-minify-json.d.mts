import type { Plugin } from 'vite';
export function minifyJsonAssets(): Plugin;
