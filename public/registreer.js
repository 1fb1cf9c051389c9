// Registers Werkwaarde's service worker (sw.js, beside this file at the app's root, so it works at
// the root of a host and under a sub-path alike) and announces a new version. A new version is
// applied only when the user chooses "Herladen": the page then asks the waiting service worker to
// take over and reloads once it has. What was typed is written when the page is left, as on any
// reload.
(() => {
  if (!('serviceWorker' in navigator) || !document.currentScript) return;
  const wortel = new URL('./', document.currentScript.src);
  let gevraagd = false;

  function meld(wachtend) {
    if (document.getElementById('nieuwe-versie')) return;
    const balk = document.createElement('div');
    balk.id = 'nieuwe-versie';
    balk.className = 'nieuwe-versie';
    balk.setAttribute('role', 'status');
    const tekst = document.createElement('span');
    tekst.textContent = 'Er is een nieuwe versie van Werkwaarde. ';
    const knop = document.createElement('button');
    knop.type = 'button';
    knop.textContent = 'Herladen';
    knop.addEventListener('click', () => {
      gevraagd = true;
      knop.disabled = true;
      wachtend.postMessage('werkwaarde:neem-over');
    });
    balk.append(tekst, knop);
    document.body.append(balk);
  }

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (gevraagd) location.reload();
  });

  // After the page has loaded: the first visit's own files go first, the copy for offline after.
  const registreer = () => navigator.serviceWorker
    .register(new URL('sw.js', wortel), { scope: wortel.pathname })
    .then((registratie) => {
      if (registratie.waiting && navigator.serviceWorker.controller) meld(registratie.waiting);
      registratie.addEventListener('updatefound', () => {
        const nieuw = registratie.installing;
        if (!nieuw) return;
        nieuw.addEventListener('statechange', () => {
          if (nieuw.state === 'installed' && navigator.serviceWorker.controller) meld(nieuw);
        });
      });
      // A tab left open for days still hears of a new version.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') registratie.update().catch(() => {});
      });
    })
    .catch(() => {
      // Without a service worker the app works as before, online.
    });
  if (document.readyState === 'complete') registreer();
  else window.addEventListener('load', registreer, { once: true });
})();
