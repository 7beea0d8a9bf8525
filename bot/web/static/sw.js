// Medvind's service worker: the page itself, with the crisis numbers, opens
// without a network. Only the shell is cached here; the client's answers never
// are (the page keeps the client's own plan itself, chat.js). Network first, so
// a new version arrives as soon as there is a network.
"use strict";

const CACHE = "medvind-shell-v1";
const SHELL = ["/", "/static/chat.css", "/static/chat.js", "/manifest.webmanifest",
               "/static/icon-192.png", "/static/icon-512.png"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  const shell = url.pathname;
  if (!SHELL.includes(shell)) return; // the API, the dashboard, everything else: the network only
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(shell, copy));
        }
        return response;
      })
      .catch(() => caches.match(shell)),
  );
});
