// The event list's live parts (reading needs none of them). On the server's first page, the list asks its JSON
// twin every few seconds and redraws itself when an event is new or has grown, marking those and saying so; in the
// static report, a find box hides the events whose titles lack the words typed. Text is only ever set as text.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var list = document.querySelector("ol.events[data-refresh]");
  var note = document.querySelector(".fresh-note");
  var find = document.getElementById("find");
  if (find) {
    find.addEventListener("input", function () {
      var words = find.value.toLowerCase().split(/\s+/).filter(Boolean);
      document.querySelectorAll("ol.events li.event").forEach(function (item) {
        var title = item.querySelector("h2").textContent.toLowerCase();
        item.hidden = !words.every(function (w) { return title.indexOf(w) >= 0; });
      });
    });
  }
  if (!list) { return; }
  var address = list.getAttribute("data-refresh");
  var api = "/api/events" + (address.indexOf("?") >= 0 ? address.slice(address.indexOf("?")) : "");
  var seen = {};
  list.querySelectorAll("li.event").forEach(function (item) {
    seen[item.getAttribute("data-event")] = item.getAttribute("data-updated");
  });
  function span(cls, text) {
    var element = document.createElement("span");
    element.className = cls;
    element.textContent = text;
    return element;
  }
  function item(event, kind) {
    var li = document.createElement("li");
    li.className = "event" + (kind ? " fresh" : "");
    li.setAttribute("data-event", event.id);
    li.setAttribute("data-updated", event.updated);
    var heading = document.createElement("h2");
    heading.setAttribute("dir", "auto");
    var link = document.createElement("a");
    link.href = "/events/" + encodeURIComponent(event.id);
    link.textContent = event.title || "(untitled)";
    heading.appendChild(link);
    if (kind) { heading.appendChild(document.createTextNode(" ")); heading.appendChild(span("badge", kind)); }
    var meta = document.createElement("p");
    meta.className = "meta";
    var parts = [
      span("span", event.span),
      span("reports", event.reports + " report" + (event.reports === 1 ? "" : "s")),
      span("outlets", event.outlets.length ? event.outlets.join(", ") : "outlets unknown"),
      span("languages", event.languages.length ? event.languages.join(", ") : "language unknown")
    ];
    parts[2].setAttribute("dir", "auto");
    parts.forEach(function (part, n) {
      if (n) { meta.appendChild(document.createTextNode(" · ")); }
      meta.appendChild(part);
    });
    li.appendChild(heading);
    li.appendChild(meta);
    return li;
  }
  function refresh() {
    fetch(api, { headers: { Accept: "application/json" } }).then(function (answer) {
      return answer.ok ? answer.json() : null;
    }).then(function (listing) {
      if (!listing) { return; }
      var fresh = 0, grown = 0, items = [];
      listing.events.forEach(function (event) {
        var before = seen[event.id];
        var kind = before === undefined ? "new" : (before !== event.updated ? "updated" : "");
        if (kind === "new") { fresh += 1; } else if (kind === "updated") { grown += 1; }
        items.push(item(event, kind));
      });
      if (!fresh && !grown) { return; }
      list.replaceChildren.apply(list, items);
      listing.events.forEach(function (event) { seen[event.id] = event.updated; });
      var total = document.querySelector(".count .total");
      if (total) { total.textContent = String(listing.total); }
      var said = [];
      if (fresh) { said.push(fresh + " new stor" + (fresh === 1 ? "y" : "ies")); }
      if (grown) { said.push(grown + " updated"); }
      if (note) { note.textContent = " · " + said.join(", ") + " at " + new Date().toLocaleTimeString(); }
    }).catch(function () { /* the next tick tries again */ });
  }
  window.setInterval(refresh, 3000);
});
