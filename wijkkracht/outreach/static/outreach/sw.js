// The walk list's service worker: pages and files of /<collective>/aanbellen/ come from the
// network when there is one and from the phone's cache when there is none, so an assistant
// can go on ringing doorbells where the connection drops. Visits made offline are queued by
// outreach.js and sent to the sync page when the connection is back.
const CACHE = "wijkkracht-aanbellen-v1";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() =>
        caches.match(request).then((cached) => cached || Response.error()),
      ),
  );
});
