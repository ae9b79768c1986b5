// shebao review page: click a side-list entry to go to its place in the text and back.
(function () {
  "use strict";
  function flash(el) {
    el.classList.remove("focus");
    void el.offsetWidth;  // restart the animation
    el.classList.add("focus");
  }
  function go(id, block) {
    var el = document.getElementById(id);
    if (!el) { return false; }
    el.scrollIntoView({block: block || "center"});
    flash(el);
    return true;
  }
  document.addEventListener("click", function (ev) {
    var target = ev.target;
    var side = target.closest("aside [data-goto]");
    if (side) {
      if (go(side.getAttribute("data-goto"))) { ev.preventDefault(); }
      return;
    }
    var inText = target.closest("#source [data-item]");
    if (inText) { go(inText.getAttribute("data-item"), "nearest"); }
  });
  function tie(ev, on) {
    var cause = ev.target.closest(".cause[data-fact]");
    if (!cause) { return; }
    var fact = document.getElementById("fact-" + cause.getAttribute("data-fact"));
    if (fact) { fact.classList.toggle("linked", on); }
  }
  document.addEventListener("mouseover", function (ev) { tie(ev, true); });
  document.addEventListener("mouseout", function (ev) { tie(ev, false); });
  document.documentElement.setAttribute("data-review-ready", "yes");
})();
