// Moves focus to the error summary after a failed submit, so that screen-reader users hear what to correct
// (the autofocus attribute does the same where the browser honours it on non-form elements).
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
  }
});
