// The directory map: the same search as the list, from the GeoJSON endpoint, one marker per
// organisation with a link to its page. Tiles come from OpenStreetMap when the network allows.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('directory-map');
    if (!element || !window.L) return;
    var map = L.map(element, { scrollWheelZoom: false }).setView([45.5, 4.9], 7);
    L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 18,
      attribution: '© OpenStreetMap'
    }).addTo(map);
    fetch(element.dataset.geojson, { headers: { Accept: 'application/geo+json' } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var layer = L.geoJSON(data, {
          pointToLayer: function (feature, latlng) {
            return L.circleMarker(latlng, {
              radius: 7, color: '#1f4231', weight: 2, fillColor: '#2f5d46', fillOpacity: 0.8,
              className: 'directory-marker'
            });
          },
          onEachFeature: function (feature, marker) {
            var link = document.createElement('a');
            link.href = feature.properties.url;
            link.textContent = feature.properties.name;
            marker.bindPopup(link);
          }
        }).addTo(map);
        element.dataset.markers = String(data.features.length);
        document.getElementById('map-status').textContent =
          data.features.length ? element.dataset.count.replace('{0}', data.features.length) : element.dataset.empty;
        if (data.features.length) map.fitBounds(layer.getBounds(), { padding: [20, 20], maxZoom: 11, animate: false });
      });
  });
})();
