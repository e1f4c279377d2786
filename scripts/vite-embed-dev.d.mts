import type { Plugin } from 'vite';
export function embedDevRoutes(): Plugin;
