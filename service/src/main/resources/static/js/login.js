// The part of a link after '#' (the view: filters, layout, selection) never reaches the server, so the
// sign-in cannot carry it. The sign-in page keeps it for this tab; the explorer takes it back once.
if (window.location.hash.length > 1) {
  window.sessionStorage.setItem('partnergraph.view', window.location.hash);
}
