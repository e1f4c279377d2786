// Vite plugin for `npm run dev`: serves the embed's two scripts from source under the names they have
// in dist/, so public/embed.html and public/examples/*.html work unchanged in dev and after a build.
const ROUTES = {
  '/khorasan-map.js': '/src/embed.ts',
  '/embed-page.js': '/src/embed-page/embed-page.ts',
};

export function embedDevRoutes() {
  return {
    name: 'khorasan-embed-dev-routes',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const [path, query] = (req.url ?? '').split('?');
        const target = ROUTES[path];
        if (target) req.url = query ? `${target}?${query}` : target;
        next();
      });
    },
  };
}
