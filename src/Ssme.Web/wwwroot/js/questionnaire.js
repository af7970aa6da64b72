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
    // Refused values and clashes with another tab are still only in this page, though the save answered.
    var unsettled = false;
    var timer = null;
    var inFlight = null;
    var submitting = false;

    function dirty() {
        return edits !== savedEdits;
    }

    function say(text, link, linkText) {
        status.textContent = text;
        if (link) {
            var anchor = document.createElement('a');
            anchor.href = link;
            anchor.textContent = linkText;
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
            // Following a redirect would load (and use up) whatever the portal kept for this page.
            redirect: 'manual',
            headers: { 'Accept': 'application/json' }
        }).then(function (response) {
            var type = response.headers.get('Content-Type') || '';
            if (type.indexOf('application/json') === -1) {
                // An error page, a redirect or a proxy's answer: nothing says the values were kept.
                say('No se pudo guardar: sus cambios siguen solo en esta página. Se intentará de nuevo; también puede pulsar «Guardar».');
                schedule(quietDelay * 5);
                return;
            }
            return response.json().then(function (answer) {
                if (answer.resume) {
                    // The portal kept what was sent aside and shows it again at this address.
                    savedEdits = upTo;
                    unsettled = false;
                    if (response.status === 401) {
                        say('Su sesión terminó. Guardamos lo que escribió: ingrese de nuevo para recuperarlo.', answer.resume, 'Iniciar sesión de nuevo');
                    } else {
                        say('La página caducó. Guardamos lo que escribió: ábrala de nuevo para recuperarlo.', answer.resume, 'Recuperar lo que escribió');
                    }
                    return;
                }
                if (answer.refusal || !response.ok) {
                    say('No se guardó: ' + (answer.refusal || 'el portal respondió con un error.'));
                    return;
                }
                Object.keys(answer.stored).forEach(function (code) {
                    var loaded = form.querySelector('input[name="' + loadedPrefix + code + '"]');
                    if (loaded) {
                        loaded.value = answer.stored[code] === null ? '' : answer.stored[code];
                    }
                });
                savedEdits = upTo;
                var pending = Object.keys(answer.refused).concat(Object.keys(answer.conflicts));
                var inconsistent = Object.keys(answer.rules);
                unsettled = pending.length > 0;
                var text = 'Guardado ' + answer.savedAt + '.';
                if (pending.length > 0) {
                    text += ' Sin guardar: ' + pending.map(labelOf).join('; ') + '.';
                }
                if (inconsistent.length > 0) {
                    text += ' Guardado, pero no concuerda con otras respuestas: ' + inconsistent.map(labelOf).join('; ') + '.';
                }
                if (pending.length + inconsistent.length > 0) {
                    text += ' Pulse «Guardar» para ver qué corregir.';
                }
                say(text);
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
        if ((dirty() || unsettled) && !submitting) {
            event.preventDefault();
            event.returnValue = '';
        }
    });

    if (form.getAttribute('data-rescued') === 'true') {
        edits++;
    }
})();
