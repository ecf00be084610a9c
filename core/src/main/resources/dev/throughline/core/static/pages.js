/*
 * Behaviour of the one-on-one pages: each action calls the REST API with the XSRF token (Throughline.send, from
 * the host's page shell) and reloads the page, so what is shown is always what was saved. The live session also
 * runs the segment timers and the talk-time meter.
 */
window.Throughline.ready(function () {
  'use strict';

  // The pages' shell names the context path and where the pages are in meta tags; a panel inside the host's own
  // page (Jira's issue view) names them on its root element.
  var panel = document.querySelector('[data-tl-base-url]');
  function setting(name, fallback) {
    var meta = document.querySelector('meta[name="' + name + '"]');
    if (meta) {
      return meta.content;
    }
    return panel && panel.hasAttribute('data-' + name) ? panel.getAttribute('data-' + name) : fallback;
  }
  var base = setting('tl-base-url', '');
  var rest = base + '/rest/throughline/1.0';
  // Where the pages are: the site's root in the sandbox, the plugin's servlet in Jira.
  var pages = setting('tl-pages-url', base);

  function showError(error) {
    var box = document.getElementById('error');
    var message = (error && error.message) || String(error);
    if (box) {
      box.textContent = message;
      box.classList.remove('tl-hidden');
      box.scrollIntoView({block: 'nearest'});
    } else {
      window.alert(message);
    }
  }

  function act(method, path, body) {
    return window.Throughline.send(method, rest + path, body).catch(function (error) {
      showError(error);
      throw error;
    });
  }

  function reload() {
    window.location.reload();
  }

  function on(selector, event, handler) {
    document.querySelectorAll(selector).forEach(function (element) {
      element.addEventListener(event, function (e) {
        if (event === 'submit') {
          e.preventDefault();
        }
        handler(element, e);
      });
    });
  }

  function formValues(form) {
    var values = {};
    new FormData(form).forEach(function (value, key) {
      values[key] = value === '' ? null : value;
    });
    return values;
  }

  function localToInstant(value) {
    return value ? new Date(value).toISOString() : null;
  }

  // Setting up a pairing: the suggested cadence follows the dates as they are typed.
  var pairingForm = document.getElementById('pairing-form');
  if (pairingForm) {
    var suggestion = document.getElementById('cadence-suggestion');
    var suggest = function () {
      var dates = pairingForm.teamStartDate.value;
      if (!dates) {
        return;
      }
      var role = pairingForm.roleStartDate.value;
      var query = '?teamStartDate=' + encodeURIComponent(dates)
        + (role ? '&roleStartDate=' + encodeURIComponent(role) : '');
      window.Throughline.send('GET', rest + '/cadence' + query).then(function (cadence) {
        suggestion.textContent = cadence.name + ': ' + cadence.reason;
        suggestion.dataset.cadence = cadence.cadence;
      }, function (error) {
        suggestion.textContent = error.message;
      });
    };
    pairingForm.teamStartDate.addEventListener('change', suggest);
    pairingForm.roleStartDate.addEventListener('change', suggest);
    on('#pairing-form', 'submit', function (form) {
      var values = formValues(form);
      values.lessConfident = form.lessConfident.checked;
      act('POST', '/pairing', values).then(function () {
        window.location.href = form.dataset.next;
      }, function () {});
    });
  }

  // Team overview: schedule the next one-on-one.
  on('form.tl-schedule', 'submit', function (form) {
    act('POST', '/session', {pairingId: Number(form.dataset.pairing), at: localToInstant(form.at.value)})
      .then(function (session) {
        window.location.href = pages + '/session/' + session.id + '/prep';
      }, function () {});
  });

  // Commitments: done / reopen, from the session or the report's own page.
  on('.tl-done', 'click', function (button) {
    act('POST', '/commitment/' + button.dataset.commitment + '/done').then(reload, function () {});
  });
  on('.tl-reopen', 'click', function (button) {
    act('DELETE', '/commitment/' + button.dataset.commitment + '/done').then(reload, function () {});
  });

  // Development page: start a thread.
  on('#thread-start', 'submit', function (form) {
    var values = formValues(form);
    values.pairingId = Number(form.dataset.pairing);
    act('POST', '/thread', values).then(reload, function () {});
  });

  var session = document.getElementById('session');
  if (!session) {
    return;
  }
  var id = session.dataset.session;
  var version = Number(session.dataset.version);

  // Changes run one after another, each with the version the previous one left: the talk-time saves that run on
  // their own every 15 seconds never race an edit into a conflict.
  var queue = Promise.resolve();

  function change(method, path, body) {
    var run = queue.then(function () {
      var payload = Object.assign({version: version}, body || {});
      return act(method, '/session/' + id + path, payload).then(function (view) {
        version = view.version;
        session.dataset.version = String(version);
        return view;
      });
    });
    queue = run.catch(function () {});
    return run;
  }

  on('.tl-open-segment', 'click', function (button) {
    flushTalk().then(function () {
      return change('POST', '/segment/' + button.dataset.segment + '/open');
    }).then(reload, function () {});
  });
  on('.tl-save-notes', 'click', function (button) {
    var notes = document.getElementById('notes-' + button.dataset.segment).value;
    change('PUT', '/segment/' + button.dataset.segment + '/notes', {notes: notes}).then(function () {
      button.classList.add('tl-saved');
    }, function () {});
  });
  on('#save-focus', 'click', function () {
    change('PUT', '/focus', {focus: document.getElementById('focus').value}).then(reload, function () {});
  });
  on('#commitment-form', 'submit', function (form) {
    act('POST', '/session/' + id + '/commitment', formValues(form)).then(reload, function () {});
  });
  on('#thread-entry', 'submit', function (form) {
    var values = formValues(form);
    values.version = Number(form.dataset.threadVersion);
    values.sessionId = Number(id);
    act('POST', '/thread/' + form.dataset.thread + '/entry', values).then(reload, function () {});
  });
  on('#finish', 'click', function () {
    flushTalk().then(function () {
      return change('POST', '/finish');
    }).then(reload, function () {});
  });
  on('#cancel', 'click', function () {
    change('POST', '/cancel').then(reload, function () {});
  });
  on('#reschedule-form', 'submit', function (form) {
    change('POST', '/reschedule', {to: localToInstant(form.to.value)}).then(function (next) {
      window.location.href = pages + '/session/' + next.id;
    }, function () {});
  });
  on('#save-recap', 'click', function () {
    change('PUT', '/recap', {text: document.getElementById('recap-text').value}).then(reload, function () {});
  });
  on('#send-recap', 'click', function () {
    change('PUT', '/recap', {text: document.getElementById('recap-text').value}).then(function () {
      return change('POST', '/recap/send');
    }).then(reload, function () {});
  });
  on('.tl-tone', 'change', function () {
    var query = [];
    document.querySelectorAll('.tl-tone').forEach(function (select) {
      query.push(encodeURIComponent(select.dataset.segment) + '=' + encodeURIComponent(select.value));
    });
    // The session's own page, with the scripts in the tones chosen (from a Jira issue's panel too).
    window.location.href = session.dataset.page + '?' + query.join('&');
  });

  // Segment timers.
  function tick() {
    document.querySelectorAll('.tl-timer').forEach(function (timer) {
      var seconds = Math.max(0, Math.floor((Date.now() - Number(timer.dataset.openedAt)) / 1000));
      timer.textContent = Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
    });
  }
  tick();
  window.setInterval(tick, 1000);

  // Talk-time meter: counts seconds for whoever speaks, shows the manager's live share, saves every 15 seconds.
  var talk = {manager: Number(session.dataset.talkManager), report: Number(session.dataset.talkReport)};
  var unsaved = {manager: 0, report: 0};
  var speaker = '';
  var share = document.getElementById('talk-share');

  function showShare() {
    if (!share) {
      return;
    }
    var total = talk.manager + talk.report;
    // Rounded up, as the server shows it: over the limit exactly when the share is.
    var percent = total === 0 ? 0 : Math.floor((100 * talk.manager + total - 1) / total);
    var limit = Number(share.dataset.limit);
    document.getElementById('talk-fill').style.width = percent + '%';
    share.textContent = share.textContent.replace(/\d+%/, percent + '%');
    document.getElementById('talk-warning').classList.toggle('tl-hidden', percent <= limit || total === 0);
  }

  function flushTalk() {
    if (unsaved.manager === 0 && unsaved.report === 0) {
      return Promise.resolve();
    }
    var sending = {managerSeconds: unsaved.manager, reportSeconds: unsaved.report};
    unsaved = {manager: 0, report: 0};
    return change('POST', '/talk', sending);
  }

  on('[data-speaker]', 'click', function (button) {
    speaker = button.dataset.speaker;
    document.querySelectorAll('[data-speaker]').forEach(function (other) {
      other.setAttribute('aria-pressed', String(other === button && speaker !== ''));
    });
  });
  window.setInterval(function () {
    if (speaker) {
      talk[speaker] += 1;
      unsaved[speaker] += 1;
      showShare();
    }
  }, 1000);
  window.setInterval(function () {
    flushTalk().catch(function () {});
  }, 15000);
  showShare();
});
