/*
 * The pages' shell, in every host: Throughline.send() calls the REST API with the token the host's page carries
 * (meta atl-token: the sandbox's XSRF token; in Jira "no-check", its REST API's own XSRF header) and turns an error
 * answer ({"error", "field"}) into an Error with that message.
 */
(function () {
  'use strict';

  var token = (document.querySelector('meta[name="atl-token"]') || {content: ''}).content;

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

  // Runs start once the page is there: a host may load the scripts in the page's head (Jira does).
  function ready(start) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', start);
    } else {
      start();
    }
  }

  window.Throughline = {send: send, ready: ready};
}());
