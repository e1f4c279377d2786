// `npm run manifest` writes custom-elements.json: the elements, their attributes, properties, events,
// CSS parts and custom properties, read from the JSDoc headers of the Lit components.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
