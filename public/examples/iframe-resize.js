// Parent-page listener for khorasan-map iframes: each frame reports its height, and the frame that sent
// the message gets it. Paste this (or link this file) once per page, next to any number of iframes.
window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'khorasan-map:resize' || !(data.height > 0)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(data.height)}px`;
  }
});
