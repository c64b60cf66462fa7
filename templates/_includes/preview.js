// Footnote previews, as readers know them from Wikipedia's reference previews and Distill: a mouse resting on a marker
// opens its note in place after a short delay, and leaving it closes the note after another; a keyboard focus opens it
// at once and Esc closes it; a tap opens it instead of jumping to the note, a link in it goes there, and a tap
// elsewhere or a scroll closes it. Without this script markers are plain links to the notes.
(() => {
  var main = document.getElementById("main");
  if (!main || !document.querySelector) return;
  var OPEN_DELAY = 150;
  var CLOSE_DELAY = 300;
  var box = document.createElement("div");
  box.id = "note-preview";
  box.className = "preview";
  box.setAttribute("role", "tooltip");
  box.hidden = true;
  main.appendChild(box);
  // Sidenotes: each point's notes beside it, shown by the style sheet on wide screens only, never in print. They are
  // built from the notes list here rather than written into the page, which would carry every quote twice.
  document.querySelectorAll(".points > li").forEach((li) => {
    var side = document.createElement("div");
    side.className = "sidenotes";
    side.setAttribute("aria-hidden", "true");
    li.querySelectorAll("sup.ref a").forEach((a) => {
      var note = document.getElementById(a.getAttribute("href").slice(1));
      var quote = note?.querySelector("blockquote");
      if (!quote) return;
      var p = document.createElement("p");
      p.className = "sidenote";
      var n = document.createElement("a");
      n.href = "#" + note.id;
      n.tabIndex = -1;
      n.textContent = a.textContent;
      var who = document.createElement("span");
      who.className = "sn-who";
      var time = note.querySelector(".cite time");
      who.textContent =
        (note.getAttribute("data-name") || "") +
        (time ? " · " + time.textContent : "") +
        (note.classList.contains("from-aggregator") ? " · aggregator" : "");
      var text = document.createElement("span");
      text.className = "sn-quote";
      text.textContent = quote.textContent.trim();
      p.append(n, " ", who, " ", text);
      side.appendChild(p);
    });
    if (side.firstChild) li.insertBefore(side, li.firstChild);
  });
  var current = null;
  // How the preview was opened: "hover", "focus" or "tap"; a scroll moves a focus preview along and closes the others.
  var mode = "";
  var openedAt = 0;
  var openTimer = 0;
  // The marker a resting mouse is about to open.
  var pending = null;
  var closeTimer = 0;
  var pointerType = "";
  // The marker a back-link is returning to: it gets focus from the navigation, and must not open over the text.
  var returning = "";
  function marker(el) {
    return el?.closest ? el.closest("sup.ref a, sup.gref a") : null;
  }
  function keyboardFocus(a) {
    try {
      return a.matches(":focus-visible");
    } catch {
      return true;
    }
  }
  function cancel() {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  }
  function place(a) {
    var view = document.documentElement.clientWidth;
    var width = Math.min(352, view - 16);
    var r = a.getBoundingClientRect();
    box.style.width = width + "px";
    box.style.left = Math.max(8, Math.min(r.left + window.scrollX - width / 2, view - width - 8)) + "px";
    // Below the marker when it fits in the window, else above it.
    var below = r.bottom + box.offsetHeight + 8 <= window.innerHeight || r.top < box.offsetHeight + 8;
    box.style.top = (below ? r.bottom + 2 : r.top - box.offsetHeight - 2) + window.scrollY + "px";
  }
  function show(a, how) {
    cancel();
    pending = null;
    var id = a.getAttribute("href").slice(1);
    var note = document.getElementById(id);
    if (!note) return;
    box.textContent = "";
    var label = document.createElement("p");
    label.className = "preview-label";
    label.textContent = "Note " + a.textContent;
    box.appendChild(label);
    note.querySelectorAll("blockquote, .cite").forEach((n) => {
      box.appendChild(n.cloneNode(true));
    });
    var go = document.createElement("p");
    go.className = "preview-go";
    var link = document.createElement("a");
    link.href = "#" + id;
    link.textContent = "Go to note " + a.textContent + " ↓";
    go.appendChild(link);
    box.appendChild(go);
    // The note itself holds the same links for the keyboard; here they are for the mouse and the finger.
    box.querySelectorAll("a").forEach((l) => {
      l.setAttribute("tabindex", "-1");
    });
    if (current && current !== a) current.removeAttribute("aria-describedby");
    current = a;
    mode = how;
    openedAt = window.scrollY;
    a.setAttribute("aria-describedby", box.id);
    box.hidden = false;
    place(a);
  }
  function hide() {
    cancel();
    pending = null;
    if (current) current.removeAttribute("aria-describedby");
    current = null;
    box.hidden = true;
  }
  function later(fn, ms) {
    cancel();
    var timer = setTimeout(fn, ms);
    if (fn === hide) closeTimer = timer;
    else openTimer = timer;
  }
  document.addEventListener(
    "pointerdown",
    (e) => {
      pointerType = e.pointerType;
      if (!box.hidden && !box.contains(e.target) && !marker(e.target)) hide();
    },
    true,
  );
  // A marker opens on a mouse that moves onto it, not on one the page scrolled under (after a back-link, say).
  document.addEventListener("pointermove", (e) => {
    if (e.pointerType !== "mouse") return;
    var a = marker(e.target);
    if (!a || a === pending) return;
    if (a === current && !box.hidden) cancel();
    else {
      pending = a;
      later(() => show(a, "hover"), OPEN_DELAY);
    }
  });
  document.addEventListener("pointerover", (e) => {
    if (e.pointerType === "mouse" && (box.contains(e.target) || marker(e.target) === current)) clearTimeout(closeTimer);
  });
  document.addEventListener("pointerout", (e) => {
    if (e.pointerType !== "mouse" || !(marker(e.target) || box.contains(e.target))) return;
    var to = e.relatedTarget;
    if (box.contains(to) || (to && marker(to) === current)) return;
    if (marker(e.target) === pending) pending = null;
    if (box.hidden) cancel();
    else if (mode !== "focus") later(hide, CLOSE_DELAY);
  });
  document.addEventListener("click", (e) => {
    var a = marker(e.target);
    if (box.contains(e.target) && e.target.closest("a")) {
      hide();
      return;
    }
    if (e.target.closest?.("a.backref")) returning = e.target.closest("a.backref").getAttribute("href").slice(1);
    if (!a) return;
    var type = e.pointerType || pointerType;
    pointerType = "";
    if (type === "touch" || type === "pen") {
      // A tap opens the note in place, and a second tap on the same marker closes it.
      e.preventDefault();
      if (a === current && !box.hidden && mode === "tap") hide();
      else show(a, "tap");
    } else hide();
  });
  document.addEventListener("focusin", (e) => {
    var a = marker(e.target);
    if (a && a.id === returning) {
      returning = "";
      hide();
    } else if (a && keyboardFocus(a)) show(a, "focus");
    else if (!box.contains(e.target) && mode === "focus") hide();
  });
  document.addEventListener("focusout", (e) => {
    if (mode === "focus" && marker(e.target) === current && !box.contains(e.relatedTarget)) hide();
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && current) hide();
    if (e.key === "Tab") returning = "";
  });
  window.addEventListener("hashchange", () => {
    var target = document.getElementById(location.hash.slice(1));
    if (marker(target)) returning = target.id;
    hide();
  });
  window.addEventListener(
    "scroll",
    () => {
      if (box.hidden) return;
      if (mode === "focus") place(current);
      else if (Math.abs(window.scrollY - openedAt) > 8) hide();
    },
    { passive: true },
  );
  window.addEventListener("resize", () => {
    if (!box.hidden) hide();
  });
})();
