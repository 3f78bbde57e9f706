// Staff workspace behaviour: the idle-timeout dialog, CSRF headers for htmx, and focus on error summaries.
(function () {
  'use strict';

  function csrfHeaders() {
    var name = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    var headers = {};
    if (name && token) {
      headers[name.content] = token.content;
    }
    return headers;
  }

  // htmx sends the session's CSRF token on every state-changing request, and marks its polling as background
  // work so that an open inbox does not keep an unattended session alive.
  document.addEventListener('htmx:configRequest', function (event) {
    var headers = csrfHeaders();
    Object.keys(headers).forEach(function (key) { event.detail.headers[key] = headers[key]; });
    var source = event.detail.elt;
    if (source && source.hasAttribute('data-background')) {
      event.detail.headers['X-Clinic-Background'] = 'poll';
    }
  });

  // Automatic logoff: warn before the server's idle timeout, offer to stay, and leave when time is up. Only what a
  // person does counts as activity; background polling does not.
  function idleTimer() {
    var body = document.body;
    var idle = parseInt(body.getAttribute('data-idle-seconds'), 10);
    var warning = parseInt(body.getAttribute('data-warning-seconds'), 10);
    var dialog = document.getElementById('idle-warning');
    if (!idle || !dialog) {
      return;
    }
    var countdown = dialog.querySelector('[data-idle-countdown]');
    var lastActivity = Date.now();
    var lastPing = Date.now();
    var leaving = false;

    function remaining() {
      return idle - Math.floor((Date.now() - lastActivity) / 1000);
    }

    function words(seconds) {
      if (seconds >= 60) {
        var minutes = Math.ceil(seconds / 60);
        return minutes + (minutes === 1 ? ' minute' : ' minutes');
      }
      return seconds + (seconds === 1 ? ' second' : ' seconds');
    }

    function signOut(reason) {
      if (leaving) {
        return;
      }
      leaving = true;
      fetch('/staff/sign-out', { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin', redirect: 'manual' })
        .finally(function () { window.location.assign('/staff/sign-in?' + reason); });
    }

    function keepAlive() {
      lastPing = Date.now();
      return fetch('/staff/session/keep-alive', { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin' });
    }

    function stay() {
      keepAlive().then(function (response) {
        if (response.ok) {
          lastActivity = Date.now();
          dialog.close();
        } else {
          window.location.assign('/staff/sign-in?timeout');
        }
      });
    }

    dialog.querySelector('[data-idle-stay]').addEventListener('click', stay);
    dialog.querySelector('[data-idle-leave]').addEventListener('click', function () { signOut('signed-out'); });

    // Typing a long note is activity too: tell the server now and then, so that its clock agrees with this one.
    ['keydown', 'pointerdown'].forEach(function (type) {
      document.addEventListener(type, function () {
        if (!dialog.open) {
          lastActivity = Date.now();
          if (Date.now() - lastPing > 60000) {
            keepAlive();
          }
        }
      }, { passive: true });
    });

    window.setInterval(function () {
      var left = remaining();
      if (left <= 0) {
        signOut('timeout');
        return;
      }
      if (left <= warning) {
        countdown.textContent = words(left);
        if (!dialog.open) {
          dialog.showModal();
        }
      }
    }, 1000);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('[data-focus-on-load]');
    if (summary) {
      summary.focus();
    }
    idleTimer();
  });
})();
