// The check-in at the door: where the browser reads QR codes (BarcodeDetector) and a camera is there, the organiser
// scans the code of the confirmation e-mail and the form is sent at once; the camera comes back on after each answer
// until stopped. Without it, the code is typed into the same form.
(() => {
  const form = document.getElementById('pointage');
  const panel = form && form.querySelector('.checkin-camera');
  if (!panel || !('BarcodeDetector' in window) || !navigator.mediaDevices) {
    return;
  }
  const video = document.getElementById('checkin-video');
  const start = document.getElementById('checkin-start');
  const stop = document.getElementById('checkin-stop');
  const failed = document.getElementById('checkin-camera-error');
  const code = document.getElementById('code');
  let stream = null;
  panel.hidden = false;

  const halt = () => {
    if (stream) {
      stream.getTracks().forEach((track) => track.stop());
      stream = null;
    }
    video.hidden = true;
    stop.hidden = true;
    start.hidden = false;
  };

  const scan = async () => {
    const detector = new BarcodeDetector({ formats: ['qr_code'] });
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    video.srcObject = stream;
    video.hidden = false;
    stop.hidden = false;
    start.hidden = true;
    await video.play();
    sessionStorage.setItem('checkin-camera', 'on');
    const look = async () => {
      if (!stream) {
        return;
      }
      const found = await detector.detect(video).catch(() => []);
      if (found.length > 0) {
        code.value = found[0].rawValue;
        halt();
        form.requestSubmit();
        return;
      }
      requestAnimationFrame(look);
    };
    look();
  };

  const begin = () => scan().catch(() => {
    halt();
    sessionStorage.removeItem('checkin-camera');
    failed.hidden = false;
  });
  start.addEventListener('click', begin);
  stop.addEventListener('click', () => {
    sessionStorage.removeItem('checkin-camera');
    halt();
  });
  if (sessionStorage.getItem('checkin-camera') === 'on') {
    begin();
  }
})();
