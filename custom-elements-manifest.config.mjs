// `npm run manifest` writes custom-elements.json: the elements, their public attributes, properties, events,
// CSS parts and custom properties, read from the JSDoc headers of the Lit components. Only modules that
// define a custom element are kept, and only public members: the manifest documents the API, not the code.
// The build runs it (npm run build) and tests/unit/manifest.test.ts checks that the committed file is current.

/** Drops modules without a custom element, and private, protected and #private members. */
function publicElementsOnly() {
  return {
    name: 'public-elements-only',
    packageLinkPhase({ customElementsManifest }) {
      // sorted by path: the analyzer's file glob returns files in no fixed order on a busy machine
      customElementsManifest.modules = customElementsManifest.modules
        .filter((module) => (module.declarations ?? []).some((d) => d.customElement))
        .sort((a, b) => a.path.localeCompare(b.path));
      for (const module of customElementsManifest.modules) {
        module.declarations = module.declarations.filter((d) => d.customElement);
        module.exports = (module.exports ?? []).filter(
          (e) => e.kind === 'custom-element-definition' || module.declarations.some((d) => d.name === e.name),
        );
        for (const d of module.declarations) {
          d.members = (d.members ?? []).filter(
            (m) => !m.name.startsWith('#') && m.privacy !== 'private' && m.privacy !== 'protected',
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: process.env.CEM_OUTDIR ?? '.', // the manifest test writes a fresh copy elsewhere
  litelement: true,
  packagejson: false,
  plugins: [publicElementsOnly()],
};
