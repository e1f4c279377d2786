// Vite plugin: re-serialises emitted .json/.geojson assets without whitespace. The committed geodata is
// pretty-printed for review; the built copy need not be (it saves bytes even after gzip).
export function minifyJsonAssets() {
  return {
    name: 'khorasan-minify-json-assets',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !/\.(geo|topo\.)?json$/.test(file.fileName)) continue;
        const text = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
        file.source = JSON.stringify(JSON.parse(text));
      }
    },
  };
}
