// The kiosk's shell: what keeps the kiosk coming back by itself when the
// app cannot. The wasm app is built with `panic = "abort"`, so after a
// Rust panic it is dead and any recovery has to be scheduled from here.
// Plain ES2017, no dependencies; runs before the app starts.
(function () {
  "use strict";

  var CRASHES_KEY = "aghdam-kiosk.crashes"; // Date.now() of recent crashes (shared with the Rust panic hook)
  var ERRORS_KEY = "aghdam-kiosk.errors"; // [{at, message}], read by the staff panel
  var ERRORS_KEPT = 20;
  var CRASH_WINDOW_MS = 10 * 60 * 1000; // crashes older than this no longer count
  var FIRST_DELAY_MS = 5000; // 5 s, 10 s, 20 s, … for repeated crashes
  var MAX_DELAY_MS = 5 * 60 * 1000;
  var WATCHDOG_MS = 20 * 1000; // the app must have shown something by then
  var UPDATE_CHECK_MS = 30 * 60 * 1000;
  var OVERLAY_ID = "kiosk-crash";

  var WORDS = {
    az: ["Bir dəqiqə…", "Bələdçi yenidən başlayır."],
    en: ["One moment…", "The guide is restarting."],
    tr: ["Bir dakika…", "Rehber yeniden başlıyor."],
    ru: ["Одну минуту…", "Путеводитель перезапускается."]
  };

  // localStorage may be full, disabled or throw on access: never let that
  // stop a recovery.
  function readJson(key) {
    try {
      var value = JSON.parse(window.localStorage.getItem(key) || "[]");
      return Array.isArray(value) ? value : [];
    } catch (e) {
      return [];
    }
  }
  function writeJson(key, value) {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch (e) {
      /* nothing to do: the reload still happens */
    }
  }

  // Keeps the cause for the staff panel (the last ERRORS_KEPT only).
  function recordError(message) {
    var errors = readJson(ERRORS_KEY);
    errors.push({ at: Date.now(), message: String(message).slice(0, 1000) });
    writeJson(ERRORS_KEY, errors.slice(-ERRORS_KEPT));
  }

  // Records a crash now and returns how long to wait before reloading:
  // 5 s × 2^(crashes in the last 10 min − 1), at most 5 min. The same
  // rule as the Rust panic hook (src/kiosk/backoff.rs); a timestamp from
  // the future (clock set back) counts, to be safe.
  function recordCrash() {
    var now = Date.now();
    var recent = readJson(CRASHES_KEY).filter(function (t) {
      return typeof t === "number" && now - t < CRASH_WINDOW_MS;
    });
    recent.push(now);
    writeJson(CRASHES_KEY, recent);
    return Math.min(FIRST_DELAY_MS * Math.pow(2, recent.length - 1), MAX_DELAY_MS);
  }

  var crashed = false;

  // Shows "One moment…" in the page's language and reloads the start
  // address after `delayMs`. Called by the Rust panic hook (which keeps
  // its own records) and by the handlers below. Only the first call acts.
  window.kioskCrashed = function (message, delayMs) {
    if (crashed) return;
    crashed = true;
    var delay = Number(delayMs);
    if (!isFinite(delay) || delay < 0) delay = FIRST_DELAY_MS;
    setTimeout(function () {
      window.location.replace("/");
    }, delay);
    if (document.body) showOverlay();
    else document.addEventListener("DOMContentLoaded", showOverlay);
  };

  function showOverlay() {
    if (document.getElementById(OVERLAY_ID)) return;
    var lang = (document.documentElement.lang || "az").slice(0, 2).toLowerCase();
    var words = WORDS[lang] || WORDS.az;
    var overlay = document.createElement("div");
    overlay.id = OVERLAY_ID;
    overlay.setAttribute("role", "alert");
    overlay.setAttribute("lang", WORDS[lang] ? lang : "az");
    var title = document.createElement("p");
    title.className = "kiosk-crash-title";
    title.textContent = words[0];
    var detail = document.createElement("p");
    detail.className = "kiosk-crash-detail";
    detail.textContent = words[1];
    overlay.appendChild(title);
    overlay.appendChild(detail);
    // Whatever the app left on screen can no longer be used or read out.
    Array.prototype.forEach.call(document.body.children, function (child) {
      child.setAttribute("inert", "");
      child.setAttribute("aria-hidden", "true");
    });
    document.body.appendChild(overlay);
  }

  // A failure the app did not handle: keep its cause, then restart with
  // the backoff. Later errors are consequences of the first: ignored.
  function crash(message) {
    if (crashed) return;
    recordError(message);
    window.kioskCrashed(message, recordCrash());
  }

  // Noise that browsers report as errors but that harms nothing.
  function isBenign(message, name) {
    return (
      /ResizeObserver loop/i.test(message) ||
      // play() interrupted by pause(), or refused by autoplay rules
      name === "AbortError" ||
      name === "NotAllowedError"
    );
  }

  window.addEventListener("error", function (event) {
    var error = event.error;
    var message = event.message || (error && String(error)) || "unknown error";
    if (isBenign(message, error && error.name)) return;
    if (event.filename) message += " (" + event.filename + ":" + event.lineno + ":" + event.colno + ")";
    crash(message);
  });

  window.addEventListener("unhandledrejection", function (event) {
    var reason = event.reason;
    var message =
      reason instanceof Error ? reason.name + ": " + reason.message : "unhandled rejection: " + String(reason);
    if (isBenign(message, reason && reason.name)) return;
    crash(message);
  });

  // Watchdog: if nothing of the app is in <body> after WATCHDOG_MS (the
  // wasm did not download, did not start, or rendered nothing), that is
  // a crash too.
  function appMounted() {
    var nodes = document.body ? document.body.childNodes : [];
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      if (node.nodeType === 1) {
        if (node.id !== OVERLAY_ID && node.nodeName !== "NOSCRIPT" && node.nodeName !== "SCRIPT") return true;
      } else if (node.nodeType === 3 && node.nodeValue.trim() !== "") {
        return true;
      }
    }
    return false;
  }
  setTimeout(function () {
    if (!appMounted()) crash("the app did not start within " + WATCHDOG_MS / 1000 + " s");
  }, WATCHDOG_MS);

  // Service worker: keeps the kiosk running from its cache when the
  // server goes away. Browsers allow it on https and on the loopback host.
  var registration = null;
  var secure = location.protocol === "https:" || /^(localhost|127\.0\.0\.1|\[::1\])$/.test(location.hostname);
  if ("serviceWorker" in navigator && secure) {
    window.addEventListener("load", function () {
      navigator.serviceWorker.register("/sw.js").then(
        function (reg) {
          if (!reg) return; // registration blocked (a test harness)
          registration = reg;
          setInterval(function () {
            reg.update().catch(function () {
              /* the server is away: try again later */
            });
          }, UPDATE_CHECK_MS);
        },
        function (error) {
          console.warn("service worker not registered:", error);
        }
      );
    });
  }

  // Starts a downloaded new version, if one is waiting: true if the page
  // is about to reload for it. The app calls this only at an idle reset,
  // never in the middle of a visit.
  window.kioskApplyUpdate = function () {
    var waiting = registration && registration.waiting;
    if (!waiting) return false;
    var reloaded = false;
    function reload() {
      if (reloaded) return;
      reloaded = true;
      window.location.replace("/");
    }
    navigator.serviceWorker.addEventListener("controllerchange", reload);
    waiting.postMessage({ type: "skip-waiting" });
    // Should the switch not happen, start afresh anyway.
    setTimeout(reload, 10000);
    return true;
  };
})();
