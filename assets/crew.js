// Den Glade Bus, the crew's page (/bussen/tur): while "Del position" is on, the phone's
// position goes to the server every 20 seconds (also when it has not moved, so the bus
// stays "live" while it is parked at a stop). Without this script the page still works:
// the "Ankommet" / "Kører videre" buttons are plain forms.
(function () {
  "use strict";
  var box = document.getElementById("share");
  if (!box || !("geolocation" in navigator) || !window.fetch) return;
  var form = document.getElementById("share-form");
  var button = document.getElementById("share-button");
  var status = document.getElementById("share-status");
  var headline = document.getElementById("headline");
  var token = form.querySelector("input[name=_token]").value;
  var EVERY = 20000;
  var watch = null;
  var latest = null;
  var sentAt = 0;
  box.hidden = false;

  function send() {
    if (!latest) return;
    sentAt = Date.now();
    var body = new URLSearchParams();
    body.set("_token", token);
    body.set("lat", String(latest.coords.latitude));
    body.set("lon", String(latest.coords.longitude));
    body.set("accuracy", latest.coords.accuracy ? String(latest.coords.accuracy) : "");
    fetch(form.action, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { Accept: "application/json" }
    })
      .then(function (r) { return r.json(); })
      .then(function (j) {
        if (j.ok) {
          status.textContent = j.saved;
          if (headline && j.headline) headline.textContent = j.headline;
        } else {
          status.textContent = j.error.message;
        }
      })
      .catch(function () { status.textContent = box.dataset.offline; });
  }

  function onPosition(p) {
    latest = p;
    if (Date.now() - sentAt >= EVERY) send();
  }

  setInterval(function () {
    if (watch !== null && Date.now() - sentAt >= EVERY) send();
  }, 5000);

  button.addEventListener("click", function () {
    if (watch === null) {
      status.textContent = box.dataset.waiting;
      watch = navigator.geolocation.watchPosition(onPosition, function () {
        status.textContent = box.dataset.denied;
      }, { enableHighAccuracy: true, maximumAge: 10000, timeout: 30000 });
      button.setAttribute("aria-pressed", "true");
      button.textContent = box.dataset.stop;
    } else {
      navigator.geolocation.clearWatch(watch);
      watch = null;
      latest = null;
      button.setAttribute("aria-pressed", "false");
      button.textContent = box.dataset.start;
      status.textContent = box.dataset.stopped;
    }
  });
})();
