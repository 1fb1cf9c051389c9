// Werkwaarde's service worker, written into dist/sw.js by scripts/sw.mjs after every page build:
// the lines above this comment are generated (the version and the list of files). It makes the
// app work offline after the first visit and keeps an old page with its own wasm.
// - The files of this version (hashed JS, wasm, CSS, the icons, the HTML pages) are cached at
//   install, in a cache named after the version, and served from there first.
// - An HTML page comes from the network first, and from this version's cache when offline.
// - Casussen and voorbeelden are cached when first fetched (the app asks for them with its version
//   in the address, so a new version fetches them anew).
// - A new version installs beside the old one and waits; it takes over only when the page asks for
//   it (the user chose "Herladen"), and then the old version's cache is removed.
const CACHE = `werkwaarde-${VERSIE}`;
const LOS = 'werkwaarde-los';
const BASIS = new URL('./', self.location).pathname;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(BESTANDEN.map((pad) => new Request(pad, { cache: 'reload' })))),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'werkwaarde:neem-over') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const naam of await caches.keys()) {
        if (naam.startsWith('werkwaarde-') && naam !== CACHE && naam !== LOS) await caches.delete(naam);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const verzoek = event.request;
  if (verzoek.method !== 'GET') return;
  const url = new URL(verzoek.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASIS)) return;
  const pad = url.pathname.slice(BASIS.length);
  if (verzoek.mode === 'navigate') {
    event.respondWith(pagina(verzoek, url));
  } else if (pad.startsWith('casussen/') || pad.startsWith('voorbeelden/') || pad.startsWith('schema/')) {
    event.respondWith(eenmaalOphalen(verzoek));
  } else {
    event.respondWith(eerstUitCache(verzoek));
  }
});

async function pagina(verzoek, url) {
  try {
    return await fetch(verzoek);
  } catch {
    const cache = await caches.open(CACHE);
    const map = url.pathname.endsWith('/') ? url.pathname : url.pathname.replace(/[^/]*$/, '');
    const bewaard = (await cache.match(url.pathname, { ignoreSearch: true })) || (await cache.match(map, { ignoreSearch: true }));
    if (bewaard) return bewaard;
    return new Response(
      '<!DOCTYPE html><html lang="nl"><meta charset="utf-8"><title>Werkwaarde — offline</title>' +
        '<p>U bent offline en deze pagina van Werkwaarde is nog niet op dit apparaat bewaard. ' +
        'Open haar één keer met een verbinding.</p></html>',
      { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } },
    );
  }
}

async function eerstUitCache(verzoek) {
  const bewaard = await caches.match(verzoek, { cacheName: CACHE });
  return bewaard || fetch(verzoek);
}

async function eenmaalOphalen(verzoek) {
  const cache = await caches.open(LOS);
  const bewaard = await cache.match(verzoek);
  if (bewaard) return bewaard;
  try {
    const antwoord = await fetch(verzoek);
    if (antwoord.ok) await cache.put(verzoek, antwoord.clone());
    return antwoord;
  } catch {
    return new Response('offline', { status: 503, statusText: 'offline' });
  }
}
