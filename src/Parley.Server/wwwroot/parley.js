// Tells the server the reader's time zone so pages show times in it (UTC until it knows).
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf("parley_tz=" + encodeURIComponent(zone)) < 0) {
      document.cookie = "parley_tz=" + encodeURIComponent(zone) + "; path=/; max-age=31536000; samesite=lax" + (location.protocol === "https:" ? "; secure" : "");
    }
  } catch (e) { /* an old browser keeps UTC */ }
})();

// The navigation's disclosure button on narrow screens. The open state lives in aria-expanded only, so CSS and
// assistive technology read the same thing; each page load (or enhanced navigation) renders it closed again.
document.addEventListener("click", function (event) {
  var toggle = event.target instanceof Element ? event.target.closest(".nav-toggle") : null;
  if (toggle) {
    toggle.setAttribute("aria-expanded", toggle.getAttribute("aria-expanded") === "true" ? "false" : "true");
  }
});
document.addEventListener("keydown", function (event) {
  var toggle = document.querySelector(".nav-toggle[aria-expanded=true]");
  if (event.key === "Escape" && toggle) {
    toggle.setAttribute("aria-expanded", "false");
    toggle.focus();
  }
});
