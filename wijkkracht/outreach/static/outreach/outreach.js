// Walk lists on a phone without a connection (progressive enhancement: without JavaScript the
// same pages work online). On the list page: register the service worker, keep every door's
// page in the cache, and send queued visits when there is a connection. On a door's page:
// without a connection the visit goes into a queue on the phone instead of to the server.
// Every queued visit has its own id, so sending it twice stores it once.
(() => {
  const QUEUE = "wijkkracht-aanbellen-queue";

  const queued = () => JSON.parse(localStorage.getItem(QUEUE) || "[]");
  const keep = (items) => localStorage.setItem(QUEUE, JSON.stringify(items));
  const token = () => document.querySelector("[name=csrfmiddlewaretoken]")?.value || "";

  function show(text) {
    const status = document.querySelector("[data-outreach-status]");
    if (status) {
      status.hidden = false;
      status.textContent = text;
    }
  }

  function showQueue(root) {
    const waiting = queued().filter((item) => item.sync === root.dataset.sync).length;
    if (waiting) {
      show(root.dataset.waiting.replace("%s", waiting));
    }
  }

  let sending = false; // the page loading and the "online" event may both ask to send

  async function send(root) {
    const mine = queued().filter((item) => item.sync === root.dataset.sync);
    if (!mine.length || !navigator.onLine || sending) {
      return;
    }
    sending = true;
    try {
      const response = await fetch(root.dataset.sync, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-CSRFToken": token() },
        body: JSON.stringify({ visits: mine.map((item) => item.visit) }),
        credentials: "same-origin",
      });
      if (!response.ok) {
        return;
      }
      const answer = await response.json();
      const sent = new Set(mine.map((item) => item.visit.id));
      keep(queued().filter((item) => !sent.has(item.visit.id)));
      const problems = answer.errors.map((error) => error.error).join(" ");
      show(`${root.dataset.sent.replace("%s", answer.stored + answer.already)} ${problems}`);
    } finally {
      sending = false;
    }
  }

  function listPage(root) {
    if ("serviceWorker" in navigator) {
      navigator.serviceWorker.register(root.dataset.worker, { scope: root.dataset.scope });
    }
    // This page, its style and scripts, and every door's page.
    const files = [...document.querySelectorAll("link[rel=stylesheet], script[src]")];
    const pages = [...root.querySelectorAll("[data-door]")].map((link) => link.href);
    const urls = [window.location.href, ...files.map((file) => file.href || file.src), ...pages];
    caches.open("wijkkracht-aanbellen-v1").then((cache) => cache.addAll(urls)).catch(() => {});
    showQueue(root);
    send(root);
    window.addEventListener("online", () => send(root));
  }

  function doorPage(form) {
    form.addEventListener("submit", (event) => {
      if (navigator.onLine) {
        return;
      }
      event.preventDefault();
      const data = new FormData(form);
      const visit = {
        id: crypto.randomUUID(),
        code: form.dataset.code,
        outcome: data.get("outcome") || "",
        at: new Date().toISOString(),
        consent: data.get("consent") === "on",
        name: data.get("name") || "",
        phone: data.get("phone") || "",
        question: data.get("question") || "",
        category: data.get("category") || "other",
        join: data.get("join") === "on",
        interest: data.get("interest") ? Number(data.get("interest")) : null,
      };
      if (!visit.outcome) {
        show(form.dataset.choose);
        return;
      }
      const personal = visit.name || visit.phone || visit.question || visit.join || visit.interest;
      if (!visit.consent && personal) {
        show(form.dataset.consent);
        return;
      }
      keep([...queued(), { sync: form.dataset.sync, visit }]);
      window.location.href = form.dataset.list;
    });
    form.dataset.ready = "true"; // from here on a visit without a connection is kept
  }

  document.addEventListener("DOMContentLoaded", () => {
    const root = document.querySelector("[data-outreach-list]");
    if (root) {
      listPage(root);
    }
    const form = document.querySelector("[data-outreach-door]");
    if (form) {
      doorPage(form);
    }
  });
})();
