/* luukku serve: reloads the page when the site has been rebuilt. Added to pages
   only by the live preview, never to a built site. */
(function () {
  "use strict";
  if (!window.EventSource) return;
  var source = new EventSource("/__luukku/events");
  source.addEventListener("reload", function () {
    window.location.reload();
  });
})();
