// The kiosk's list of results ready, fetched again every data-every seconds and put in place of the one shown: a page
// reload (the former meta refresh) would move the focus away from the code box that the QR reader types into.
const ready = document.getElementById("ready");
if (ready) {
    setInterval(async () => {
        try {
            const answer = await fetch(ready.dataset.refresh, { headers: { Accept: "text/html" } });
            if (answer.ok) {
                ready.innerHTML = await answer.text();
            }
        } catch {
            // Offline for a moment: the list shown stays until the next try.
        }
    }, Number(ready.dataset.every) * 1000);
}
