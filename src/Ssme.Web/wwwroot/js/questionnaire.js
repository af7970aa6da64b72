// Progressive enhancement of a questionnaire section: saves a few seconds after typing stops and when
// a field is left, says so quietly, and warns before leaving with unsaved changes. Without this
// script the form works as a plain form with its «Guardar» button.
(function () {
    'use strict';

    var form = document.querySelector('form[data-autosave-url]');
    if (!form || !form.getAttribute('data-autosave-url')) {
        return;
    }

    var status = form.querySelector('[data-autosave-status]');
    var loadedPrefix = 'loaded.';
    var quietDelay = 3000;
    var edits = 0;
    var savedEdits = 0;
    var timer = null;
    var inFlight = null;
    var submitting = false;

    function dirty() {
        return edits !== savedEdits;
    }

    function say(text, link) {
        status.textContent = text;
        if (link) {
            var anchor = document.createElement('a');
            anchor.href = link;
            anchor.textContent = 'Iniciar sesión de nuevo';
            status.appendChild(document.createTextNode(' '));
            status.appendChild(anchor);
        }
    }

    function isAnswer(element) {
        return element && element.name && element.type !== 'hidden' && element.type !== 'submit' && element.name.indexOf(loadedPrefix) !== 0;
    }

    function schedule(delay) {
        window.clearTimeout(timer);
        timer = window.setTimeout(save, delay);
    }

    function labelOf(code) {
        var field = document.getElementById(code);
        var label = field && (field.tagName === 'FIELDSET' ? field.querySelector('legend') : document.querySelector('label[for="' + code + '"]'));
        return label ? label.textContent.replace(/\s*\(obligatoria\)\s*$/, '').trim() : code;
    }

    function save() {
        if (!dirty() || submitting) {
            return Promise.resolve();
        }
        if (inFlight) {
            return inFlight.then(save);
        }
        var upTo = edits;
        say('Guardando…');
        inFlight = fetch(form.getAttribute('data-autosave-url'), {
            method: 'POST',
            body: new URLSearchParams(new FormData(form)),
            credentials: 'same-origin',
            headers: { 'Accept': 'application/json' }
        }).then(function (response) {
            var type = response.headers.get('Content-Type') || '';
            if (response.redirected || type.indexOf('application/json') === -1) {
                // The session ended: the portal kept what was sent and shows it again after signing in.
                savedEdits = upTo;
                say('Su sesión terminó. Lo que escribió quedó a salvo y volverá a aparecer al ingresar.', response.redirected ? response.url : null);
                return;
            }
            return response.json().then(function (answer) {
                if (answer.refusal) {
                    say('No se guardó: ' + answer.refusal);
                    return;
                }
                Object.keys(answer.stored).forEach(function (code) {
                    var loaded = form.querySelector('input[name="' + loadedPrefix + code + '"]');
                    if (loaded) {
                        loaded.value = answer.stored[code] === null ? '' : answer.stored[code];
                    }
                });
                savedEdits = upTo;
                var pending = Object.keys(answer.problems).concat(Object.keys(answer.conflicts));
                say(pending.length === 0
                    ? 'Guardado ' + answer.savedAt
                    : 'Guardado ' + answer.savedAt + '. Sin guardar: ' + pending.map(labelOf).join('; ') + '. Pulse «Guardar» para ver qué corregir.');
            });
        }).catch(function () {
            say('Sin conexión: sus cambios aún no se guardaron. Se intentará de nuevo.');
            schedule(quietDelay * 5);
        }).then(function () {
            inFlight = null;
        });
        return inFlight;
    }

    form.addEventListener('input', function (event) {
        if (isAnswer(event.target)) {
            edits++;
            schedule(quietDelay);
        }
    });
    form.addEventListener('change', function (event) {
        if (isAnswer(event.target) && !dirty()) {
            edits++;
        }
        if (isAnswer(event.target)) {
            schedule(quietDelay);
        }
    });
    form.addEventListener('focusout', function (event) {
        if (isAnswer(event.target) && dirty()) {
            schedule(0);
        }
    });
    form.addEventListener('submit', function (event) {
        window.clearTimeout(timer);
        if (inFlight) {
            // The tab's "loaded" values change when the autosave answers; posting before that would
            // look like someone else's change to the same field.
            event.preventDefault();
            var submitter = event.submitter;
            inFlight.then(function () {
                form.requestSubmit(submitter);
            });
            return;
        }
        submitting = true;
    });
    window.addEventListener('beforeunload', function (event) {
        if (dirty() && !submitting) {
            event.preventDefault();
            event.returnValue = '';
        }
    });

    if (form.getAttribute('data-rescued') === 'true') {
        edits++;
    }
})();
