/*
 * The sandbox's page shell: Throughline.send() calls the REST API with the page's XSRF token and turns an error
 * answer ({"error", "field"}) into an Error with that message. The same name exists in the Jira plugin's shell.
 */
(function () {
  'use strict';

  var token = (document.querySelector('meta[name="atl-token"]') || {content: ''}).content;
  var base = (document.querySelector('meta[name="tl-base-url"]') || {content: ''}).content;

  function send(method, url, body) {
    var options = {
      method: method,
      credentials: 'same-origin',
      headers: {'Accept': 'application/json', 'X-Atlassian-Token': token}
    };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(url, options).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch (ignored) {
          json = null;
        }
        if (!response.ok) {
          var error = new Error((json && json.error) || ('The server answered ' + response.status + '.'));
          error.status = response.status;
          error.field = json && json.field;
          throw error;
        }
        return json;
      });
    });
  }

  window.Throughline = {send: send};

  // The sandbox's own pairing set-up page: the suggested cadence follows the dates as they are typed.
  var form = document.getElementById('pairing-form');
  if (form) {
    var suggestion = document.getElementById('cadence-suggestion');
    var suggest = function () {
      if (!form.teamStartDate.value) {
        return;
      }
      var query = '?teamStartDate=' + encodeURIComponent(form.teamStartDate.value)
        + (form.roleStartDate.value ? '&roleStartDate=' + encodeURIComponent(form.roleStartDate.value) : '');
      send('GET', base + '/rest/throughline/1.0/cadence' + query).then(function (cadence) {
        suggestion.textContent = cadence.name + ': ' + cadence.reason;
        suggestion.dataset.cadence = cadence.cadence;
      }, function (error) {
        suggestion.textContent = error.message;
      });
    };
    form.teamStartDate.addEventListener('change', suggest);
    form.roleStartDate.addEventListener('change', suggest);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = {
        report: form.report.value || null,
        teamStartDate: form.teamStartDate.value || null,
        roleStartDate: form.roleStartDate.value || null,
        lessConfident: form.lessConfident.checked,
        cadence: form.cadence.value || null
      };
      send('POST', base + '/rest/throughline/1.0/pairing', body).then(function () {
        window.location.href = base + '/team';
      }, function (error) {
        var box = document.getElementById('error');
        box.textContent = error.message;
        box.classList.remove('tl-hidden');
      });
    });
  }
}());
