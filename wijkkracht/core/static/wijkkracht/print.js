// A print button for pages meant for paper. Without JavaScript it stays hidden and the
// browser's own print command (Ctrl+P) does the same.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
});
