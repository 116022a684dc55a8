// Den Glade Bus's bell on a stop's page: where the browser can take push messages, a
// button signs this device up with the choices from the form above (no e-mail needed).
// Without this script, or in a browser without push, the e-mail form is all there is.
(function () {
  "use strict";
  var box = document.getElementById("push");
  if (!box || !("serviceWorker" in navigator) || !("PushManager" in window) || !window.fetch) return;
  var button = document.getElementById("push-button");
  var status = document.getElementById("push-status");
  var form = document.querySelector("form[action$='/klokke']");
  if (!form) return;
  box.hidden = false;

  function key(text) {
    var padded = (text + "===".slice((text.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
    var raw = atob(padded);
    var out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }

  button.addEventListener("click", function () {
    status.textContent = box.dataset.waiting;
    Notification.requestPermission()
      .then(function (permission) {
        if (permission !== "granted") throw new Error("denied");
        return navigator.serviceWorker.register(box.dataset.worker, { scope: box.dataset.scope });
      })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (registration) {
        return registration.pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: key(box.dataset.key)
        });
      })
      .then(function (subscription) {
        var json = subscription.toJSON();
        var body = new URLSearchParams();
        body.set("_token", form.querySelector("input[name=_token]").value);
        body.set("endpoint", json.endpoint);
        body.set("p256dh", json.keys.p256dh);
        body.set("auth", json.keys.auth);
        var lead = form.querySelector("input[name=varsel]:checked");
        body.set("varsel", lead ? lead.value : "10");
        var before = form.querySelector("input[name=dagen_foer]");
        if (before && before.checked) body.set("dagen_foer", "ja");
        return fetch(box.dataset.action, {
          method: "POST", body: body, credentials: "same-origin",
          headers: { Accept: "application/json" }
        });
      })
      .then(function (r) { return r.json(); })
      .then(function (j) {
        if (j.ok) {
          status.textContent = j.message + " ";
          var a = document.createElement("a");
          a.href = j.manage;
          a.textContent = j.manage_label;
          status.appendChild(a);
        } else {
          status.textContent = j.error.message;
        }
      })
      .catch(function () { status.textContent = box.dataset.denied; });
  });
})();
