// Footnote previews: hovering or focusing a marker shows its note in place; Esc closes it. Without this script markers are plain links.
(() => {
  var main = document.getElementById("main");
  if (!main || !document.querySelector) return;
  var box = document.createElement("div");
  box.id = "note-preview";
  box.className = "preview";
  box.setAttribute("role", "tooltip");
  box.hidden = true;
  main.appendChild(box);
  var current = null;
  function marker(el) {
    return el?.closest ? el.closest("sup.ref a, sup.gref a") : null;
  }
  function show(a) {
    var note = document.getElementById(a.getAttribute("href").slice(1));
    if (!note) return;
    box.textContent = "";
    note.querySelectorAll("blockquote, .cite").forEach((n) => {
      box.appendChild(n.cloneNode(true));
    });
    var label = document.createElement("p");
    label.className = "preview-label";
    label.textContent = "Note " + a.textContent;
    box.insertBefore(label, box.firstChild);
    if (current && current !== a) current.removeAttribute("aria-describedby");
    current = a;
    a.setAttribute("aria-describedby", box.id);
    box.hidden = false;
    var view = document.documentElement.clientWidth;
    var width = Math.min(352, view - 16);
    var r = a.getBoundingClientRect();
    box.style.width = width + "px";
    box.style.left = Math.max(8, Math.min(r.left + window.scrollX - width / 2, view - width - 8)) + "px";
    // Below the marker when it fits in the window, else above it.
    var below = r.bottom + box.offsetHeight + 8 <= window.innerHeight || r.top < box.offsetHeight + 8;
    box.style.top = (below ? r.bottom + 2 : r.top - box.offsetHeight - 2) + window.scrollY + "px";
  }
  function hide() {
    if (current) current.removeAttribute("aria-describedby");
    current = null;
    box.hidden = true;
  }
  document.addEventListener("mouseover", (e) => {
    var a = marker(e.target);
    if (a) show(a);
  });
  document.addEventListener("mouseout", (e) => {
    if (marker(e.target) && !box.contains(e.relatedTarget)) hide();
  });
  box.addEventListener("mouseleave", (e) => {
    if (!marker(e.relatedTarget)) hide();
  });
  document.addEventListener("focusin", (e) => {
    var a = marker(e.target);
    if (a) show(a);
    else hide();
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && current) hide();
  });
})();
