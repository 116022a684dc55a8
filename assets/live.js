// Den Glade Bus, "where is the bus now" (/bussen/nu): fetches the page again every 30
// seconds and swaps in the new status, so an open page keeps up. Without this script the
// "Opdater" link does the same.
(function () {
  "use strict";
  var live = document.getElementById("live");
  if (!live || !window.fetch || !window.DOMParser) return;
  setInterval(function () {
    fetch(window.location.href, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) return;
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("live");
        if (fresh) live.innerHTML = fresh.innerHTML;
      })
      .catch(function () {});
  }, 30000);
})();
