// The offers' map: the offers of the current page of results, one marker each with a link to the
// offer. Tiles come from OpenStreetMap when the network allows; the markers show without them.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('offers-map');
    if (!element || !window.L) return;
    var points = JSON.parse(element.dataset.points || '[]');
    var map = L.map(element, { scrollWheelZoom: false }).setView([45.5, 4.9], 7);
    L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 18,
      attribution: '© OpenStreetMap'
    }).addTo(map);
    var markers = points.map(function (point) {
      var marker = L.circleMarker([point.lat, point.lon], {
        radius: 8, color: '#7a4a12', weight: 2, fillColor: '#c77d2a', fillOpacity: 0.85,
        className: 'offer-marker'
      }).addTo(map);
      var link = document.createElement('a');
      link.href = point.url;
      link.textContent = point.title + (point.place ? ' — ' + point.place : '');
      marker.bindPopup(link);
      return marker;
    });
    element.dataset.markers = String(markers.length);
    if (markers.length) {
      map.fitBounds(L.featureGroup(markers).getBounds(), { padding: [20, 20], maxZoom: 11, animate: false });
    }
  });
})();
