/* Tree tables (TreeRows): a row's button opens or closes the rows under it, in the browser, without a request.
   Opening shows each row under it whose rows above are all open; closing hides them all. */
(function () {
  "use strict";
  function setOpen(toggle, open) {
    toggle.setAttribute("aria-expanded", String(open));
    toggle.classList.toggle("ui-icon-triangle-1-s", open);
    toggle.classList.toggle("ui-icon-triangle-1-e", !open);
  }
  document.addEventListener("click", function (event) {
    var toggle = event.target.closest(".jx-tree-toggle");
    if (!toggle) {
      return;
    }
    var row = toggle.closest("tr");
    var level = Number(row.dataset.level);
    var open = toggle.getAttribute("aria-expanded") !== "true";
    setOpen(toggle, open);
    var closedAt = Infinity; // the level of the nearest closed row above, within the subtree
    for (var next = row.nextElementSibling; next && Number(next.dataset.level) > level; next = next.nextElementSibling) {
      var nextLevel = Number(next.dataset.level);
      if (nextLevel <= closedAt) {
        closedAt = Infinity;
      }
      next.classList.toggle("jx-tree-hidden", !open || nextLevel > closedAt);
      var inner = next.querySelector(".jx-tree-toggle");
      if (inner && inner.getAttribute("aria-expanded") !== "true" && closedAt === Infinity) {
        closedAt = nextLevel;
      }
    }
  });
})();
