// Den Glade Bus's bell: shows a push message and opens the right page when it is
// pressed. Every message has a "stop messages" action leading to the private link.
self.addEventListener("push", function (event) {
  var data = {};
  try { data = event.data ? event.data.json() : {}; } catch (e) { data = {}; }
  event.waitUntil(self.registration.showNotification(data.title || "Den Glade Bus", {
    body: data.body || "",
    data: data,
    actions: data.manage ? [{ action: "stop", title: data.stop_label || "Stop" }] : []
  }));
});

self.addEventListener("notificationclick", function (event) {
  var data = event.notification.data || {};
  event.notification.close();
  var url = event.action === "stop" ? data.manage : data.url;
  if (url) event.waitUntil(self.clients.openWindow(url));
});
