// The timeline's interaction (reading needs none of it): hovering or focusing a mark on the axis highlights its
// entry and the other way round, and a click on a mark shows only the entries of that date until clicked again.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var timeline = document.getElementById("timeline");
  if (!timeline) { return; }
  var marks = timeline.querySelectorAll(".mark");
  function entryOf(mark) { return document.getElementById(mark.getAttribute("data-entry")); }
  function markOf(entry) { return timeline.querySelector('.mark[data-entry="' + entry.id + '"]'); }
  function light(element, on) { if (element) { element.classList.toggle("active", on); } }
  marks.forEach(function (mark) {
    ["mouseenter", "focus"].forEach(function (name) {
      mark.addEventListener(name, function () { light(entryOf(mark), true); light(mark, true); });
    });
    ["mouseleave", "blur"].forEach(function (name) {
      mark.addEventListener(name, function () { light(entryOf(mark), false); light(mark, false); });
    });
    mark.addEventListener("click", function (event) {
      event.preventDefault();
      var chosen = entryOf(mark);
      var date = chosen ? chosen.querySelector("time").textContent : null;
      var filtering = !timeline.classList.contains("filtered") || timeline.getAttribute("data-date") !== date;
      timeline.classList.toggle("filtered", filtering);
      timeline.setAttribute("data-date", filtering ? date : "");
      timeline.querySelectorAll(".entry").forEach(function (entry) {
        entry.classList.toggle("hidden", filtering && entry.querySelector("time").textContent !== date);
      });
      if (chosen) { chosen.scrollIntoView({ block: "nearest" }); }
    });
  });
  timeline.querySelectorAll(".entry").forEach(function (entry) {
    entry.addEventListener("mouseenter", function () { light(markOf(entry), true); });
    entry.addEventListener("mouseleave", function () { light(markOf(entry), false); });
  });
});
