// The embed page: pan (drag), zoom (wheel, buttons, + and - keys) and hover details, on the
// picture the server drew. It calls nothing: everything it shows is already in the page.
(() => {
  const main = document.getElementById('picture');
  const svg = main && main.querySelector('svg');
  const details = document.getElementById('details');
  if (!svg) return;
  const [x0, y0, w0, h0] = svg.getAttribute('viewBox').split(/\s+/).map(Number);
  let box = { x: x0, y: y0, w: w0, h: h0 };
  const apply = () => svg.setAttribute('viewBox', `${box.x} ${box.y} ${box.w} ${box.h}`);

  function zoom(factor, cx = box.x + box.w / 2, cy = box.y + box.h / 2) {
    const w = Math.min(w0 * 4, Math.max(w0 / 20, box.w * factor));
    const f = w / box.w;
    box = { x: cx - (cx - box.x) * f, y: cy - (cy - box.y) * f, w, h: box.h * f };
    apply();
  }

  function toPicture(event) {
    const point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    return point.matrixTransform(svg.getScreenCTM().inverse());
  }

  main.addEventListener('wheel', (event) => {
    event.preventDefault();
    const at = toPicture(event);
    zoom(event.deltaY > 0 ? 1.15 : 1 / 1.15, at.x, at.y);
  }, { passive: false });

  let drag = null;
  main.addEventListener('pointerdown', (event) => {
    drag = { x: event.clientX, y: event.clientY, box: { ...box } };
    main.setPointerCapture(event.pointerId);
    main.classList.add('dragging');
  });
  main.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const ctm = svg.getScreenCTM();
    box = { ...drag.box, x: drag.box.x - (event.clientX - drag.x) / ctm.a, y: drag.box.y - (event.clientY - drag.y) / ctm.d };
    apply();
  });
  const stop = () => { drag = null; main.classList.remove('dragging'); };
  main.addEventListener('pointerup', stop);
  main.addEventListener('pointercancel', stop);

  document.querySelectorAll('[data-zoom]').forEach((button) => button.addEventListener('click', () => {
    const how = button.dataset.zoom;
    if (how === 'in') zoom(1 / 1.4);
    else if (how === 'out') zoom(1.4);
    else { box = { x: x0, y: y0, w: w0, h: h0 }; apply(); }
  }));
  document.addEventListener('keydown', (event) => {
    if (event.key === '+' || event.key === '=') zoom(1 / 1.4);
    if (event.key === '-') zoom(1.4);
  });

  // Hover (or tap) an organisation: its name, sector, countries and partners in this view.
  let shown = null;
  function show(node) {
    if (shown) shown.classList.remove('hover');
    shown = node;
    if (!node) return;
    node.classList.add('hover');
    const d = node.dataset;
    const countries = d.countries ? ` · ${d.countries.split(' ').join(', ')}` : '';
    const links = Number(d.degree) === 1 ? '1 link' : `${d.degree} links`;
    details.textContent = `${d.name} · ${d.sector}${countries} · ${links} in this view`;
  }
  svg.querySelectorAll('g.node').forEach((node) => {
    node.addEventListener('pointerenter', () => show(node));
    node.addEventListener('click', () => show(node));
  });
  document.body.dataset.ready = 'true';
})();
