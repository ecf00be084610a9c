/* The sandbox's own pairing set-up page: the suggested cadence follows the dates as they are typed. */
(function () {
  'use strict';

  var base = (document.querySelector('meta[name="tl-base-url"]') || {content: ''}).content;
  var send = window.Throughline.send;
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
