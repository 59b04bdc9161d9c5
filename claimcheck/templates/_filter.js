// Show only the pairs whose verdict is ticked; no network, no libraries.
document.querySelectorAll('.filters input').forEach(function (box) {
  box.addEventListener('change', function () {
    var shown = {};
    document.querySelectorAll('.filters input').forEach(function (b) { shown[b.value] = b.checked; });
    document.querySelectorAll('.pair').forEach(function (pair) {
      pair.hidden = !shown[pair.dataset.verdict];
    });
  });
});
