// The facilitator's room page, kept current without reloading it: a timed reload is an
// accessibility failure (it sends a screen reader and the keyboard back to the top), so
// every few seconds the page is fetched again from this same server and only the part
// marked "live" is swapped when it changed. The server escapes every value it writes.
(() => {
  const live = document.getElementById("live");
  const seconds = Number(live && live.dataset.refresh);
  if (!live || !seconds) {
    return;
  }
  const update = async () => {
    try {
      const answer = await fetch(location.pathname, { cache: "no-store" });
      if (!answer.ok) {
        return;
      }
      const page = new DOMParser().parseFromString(await answer.text(), "text/html");
      const fresh = page.getElementById("live");
      if (fresh && fresh.innerHTML !== live.innerHTML) {
        live.innerHTML = fresh.innerHTML;
      }
    } catch (error) {
      // the server is restarting, or the laptop slept: the next round tries again
    }
  };
  setInterval(update, seconds * 1000);
})();
