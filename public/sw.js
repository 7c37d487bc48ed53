// The kiosk's service worker: keeps the kiosk running from its own cache
// when the web server goes away, and installs a new build quietly, to be
// started by the app at an idle reset (see the shell, shell/shell.js).
//
// `cargo xtask dist` writes /precache.json (every file of the build and a
// hash of them all) and stamps that hash into VERSION below, so that a new
// build is a new service worker to the browser. Without the stamp (for
// example under `trunk serve`) the worker refuses to install: nothing is
// cached during development.
"use strict";

const VERSION = "%KIOSK_VERSION%";
const PREFIX = "aghdam-kiosk-";
const CACHE = PREFIX + VERSION;
const NETWORK_TIMEOUT_MS = 3000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      if (VERSION.startsWith("%")) throw new Error("sw.js was not stamped by `cargo xtask dist`");
      const response = await fetch("/precache.json", { cache: "no-store" });
      if (!response.ok) throw new Error(`/precache.json answered ${response.status}`);
      const manifest = await response.json();
      // The files must be the build this worker belongs to (a deploy may be
      // under way): otherwise fail, and the browser tries again later.
      if (manifest.version !== VERSION) throw new Error(`precache.json is version ${manifest.version}, not ${VERSION}`);
      const cache = await caches.open(CACHE);
      // `reload` skips the HTTP cache; addAll fails as a whole on any non-200.
      await cache.addAll(manifest.files.map((file) => new Request(file, { cache: "reload" })));
      // The very first worker takes over at once, so the first visit is
      // already protected. A later one waits for the app (kioskApplyUpdate).
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Other origins and anything but GET: not ours, let it go as it would.
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(navigation(request));
  } else if (url.pathname.startsWith("/content/") && url.pathname.endsWith(".json")) {
    event.respondWith(content(request));
  } else {
    event.respondWith(cacheFirst(request));
  }
});

// `fetch(request)`, but giving up (rejecting) after NETWORK_TIMEOUT_MS.
// The request itself goes on, so a late answer can still be cached.
function fetchWithTimeout(request) {
  const network = fetch(request);
  network.catch(() => {}); // a late failure is no news
  const timeout = new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error("the server did not answer in time")), NETWORK_TIMEOUT_MS);
  });
  return { network, first: Promise.race([network, timeout]) };
}

// The network's answer within the timeout; the cached copy at `key` when
// there is none or the server fails (5xx); the network's late answer when
// nothing is cached either.
async function networkFirst(request, key, keep) {
  const { network, first } = fetchWithTimeout(request);
  // Registered before anyone reads the body, so the copy can still be made.
  if (keep) network.then((response) => store(request, response), () => {});
  let response;
  try {
    response = await first;
    if (response.status < 500) return response;
  } catch (error) {
    /* offline, or too slow: the cache */
  }
  const cached = await caches.match(key, { cacheName: CACHE });
  return cached || response || network;
}

// Every address of the app is index.html: the network's one (so a new build
// shows), else the cached one. Navigations are not cached: the cached
// index.html must stay the one whose files are cached with it.
function navigation(request) {
  return networkFirst(request, "/index.html", false);
}

// Content JSON: the server's current files (so a museum's edits show up),
// else the last good copy.
function content(request) {
  return networkFirst(request, request, true);
}

// Built files are content-hashed and media do not change between builds:
// the cache first, then the network (keeping a good answer).
async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  if (cached) return cached;
  const response = await fetch(request);
  store(request, response);
  return response;
}

// Keeps a copy of a good answer: 200 only, never an error or a redirect.
function store(request, response) {
  if (response.status !== 200 || response.type !== "basic") return;
  const copy = response.clone(); // now, before the page reads the body
  caches
    .open(CACHE)
    .then((cache) => cache.put(request, copy))
    .catch(() => {}); // storage full: it was served anyway
}
