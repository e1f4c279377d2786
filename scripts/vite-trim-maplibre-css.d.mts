import type { Plugin } from 'vite';

export const UNUSED_MAPLIBRE_CLASSES: RegExp;
export function trimMaplibreCss(css: string): string;
export function trimMaplibreCssPlugin(): Plugin;
