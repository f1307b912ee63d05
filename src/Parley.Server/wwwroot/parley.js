// Tells the server the reader's time zone so pages show times in it (UTC until it knows).
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf("parley_tz=" + encodeURIComponent(zone)) < 0) {
      document.cookie = "parley_tz=" + encodeURIComponent(zone) + "; path=/; max-age=31536000; samesite=lax" + (location.protocol === "https:" ? "; secure" : "");
    }
  } catch (e) { /* an old browser keeps UTC */ }
})();
