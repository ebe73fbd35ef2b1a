// Print buttons are wired here rather than with onclick=: the Content-Security-Policy runs no inline script.
for (const button of document.querySelectorAll("button[data-print]")) {
    button.addEventListener("click", () => window.print());
}
