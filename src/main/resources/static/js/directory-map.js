// The directory map: the same search as the list, from the GeoJSON endpoint. Organisations close to each other
// at the current zoom are drawn as one cluster (a grid of CELL pixels, redrawn at each zoom) that zooms in when
// chosen, or lists its organisations when zooming would not separate them (same address, or deepest zoom). Each marker is a button for the keyboard;
// its popup links to the organisation's page. Markers say the family of actors of the ESS & Ruralités guide by their
// class (family-<code>, drawn and explained in the legend). Embedded on a partner's site (data-embedded), links open
// the platform in a new tab. Tiles come from OpenStreetMap when the network allows.
(function () {
  'use strict';
  var CELL = 60;

  function groups(map, points) {
    var cells = {};
    var zoom = map.getZoom();
    points.forEach(function (point) {
      var pixel = map.project(point.latlng, zoom);
      var key = Math.floor(pixel.x / CELL) + ':' + Math.floor(pixel.y / CELL);
      (cells[key] = cells[key] || []).push(point);
    });
    return merged(map, Object.keys(cells).map(function (key) { return cells[key]; }), zoom);
  }

  // Groups of neighbouring cells whose centres are close would overlap: the larger takes the smaller in.
  function merged(map, groups, zoom) {
    var centres = groups.map(function (members) {
      var sum = members.reduce(function (total, point) {
        return total.add(map.project(point.latlng, zoom));
      }, L.point(0, 0));
      return sum.divideBy(members.length);
    });
    var order = groups.map(function (members, i) { return i; })
      .sort(function (a, b) { return groups[b].length - groups[a].length; });
    var taken = {};
    var result = [];
    order.forEach(function (i) {
      if (taken[i]) return;
      var members = groups[i].slice();
      order.forEach(function (j) {
        if (j !== i && !taken[j] && centres[i].distanceTo(centres[j]) < CELL * 0.75) {
          members = members.concat(groups[j]);
          taken[j] = true;
        }
      });
      taken[i] = true;
      result.push(members);
    });
    return result;
  }

  var embedded = false;

  function link(point) {
    var a = document.createElement('a');
    a.href = point.url;
    a.textContent = point.name;
    if (embedded) {
      a.target = '_blank';
      a.rel = 'noopener';
    }
    return a;
  }

  function single(point) {
    return L.marker(point.latlng, {
      title: point.name,
      icon: L.divIcon({
        className: 'directory-marker' + (point.family ? ' family-' + point.family : ''),
        iconSize: [16, 16]
      })
    }).bindPopup(link(point));
  }

  function cluster(map, members, label) {
    var bounds = L.latLngBounds(members.map(function (point) { return point.latlng; }));
    var count = document.createElement('span');
    count.textContent = String(members.length);
    var marker = L.marker(bounds.getCenter(), {
      title: label.replace('{0}', members.length),
      icon: L.divIcon({ className: 'directory-cluster', html: count.outerHTML, iconSize: [38, 38] })
    });
    var deepest = map.getMaxZoom();
    var apart = map.project(bounds.getNorthWest(), deepest).distanceTo(map.project(bounds.getSouthEast(), deepest)) >= CELL;
    function open(byKeyboard) {
      if (apart && map.getBoundsZoom(bounds, false, L.point(60, 60)) > map.getZoom()) {
        map.fitBounds(bounds, { padding: [30, 30], animate: false });
        if (byKeyboard) map.getContainer().focus();
        return;
      }
      var list = document.createElement('ul');
      list.className = 'map-list';
      members.forEach(function (point) {
        var item = document.createElement('li');
        item.appendChild(link(point));
        list.appendChild(item);
      });
      marker.bindPopup(list).openPopup();
    }
    marker.on('add', function () { marker.getElement().dataset.opens = apart ? 'zoom' : 'list'; });
    marker.on('click', function () { open(false); });
    marker.on('keypress', function (event) {
      if (event.originalEvent.key === 'Enter' || event.originalEvent.key === ' ') {
        event.originalEvent.preventDefault();
        open(true);
      }
    });
    return marker;
  }

  function draw(map, layer, points, element) {
    layer.clearLayers();
    var clusters = 0;
    var singles = 0;
    groups(map, points).forEach(function (members) {
      if (members.length === 1) {
        single(members[0]).addTo(layer);
        singles++;
      } else {
        var marker = cluster(map, members, element.dataset.cluster).addTo(layer);
        marker.getElement().dataset.count = String(members.length);
        marker.getElement().setAttribute('aria-label', marker.options.title);
        clusters++;
      }
    });
    element.dataset.clusters = String(clusters);
    element.dataset.singles = String(singles);
    element.dataset.zoom = String(map.getZoom());
  }

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('directory-map');
    if (!element || !window.L) return;
    embedded = element.dataset.embedded === 'true';
    var map = L.map(element, { scrollWheelZoom: false, maxZoom: 18, fadeAnimation: false }).setView([45.5, 4.9], 7);
    L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 18,
      attribution: '© OpenStreetMap'
    }).addTo(map);
    var layer = L.layerGroup().addTo(map);
    fetch(element.dataset.geojson, { headers: { Accept: 'application/geo+json' } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var points = data.features.map(function (feature) {
          var c = feature.geometry.coordinates;
          return {
            latlng: L.latLng(c[1], c[0]),
            name: feature.properties.name,
            url: feature.properties.url,
            family: feature.properties.family
          };
        });
        if (points.length) {
          var bounds = L.latLngBounds(points.map(function (point) { return point.latlng; }));
          map.fitBounds(bounds, { padding: [20, 20], maxZoom: 11, animate: false });
        }
        draw(map, layer, points, element);
        map.on('zoomend', function () { draw(map, layer, points, element); });
        element.dataset.markers = String(points.length);
        document.getElementById('map-status').textContent =
          points.length ? element.dataset.count.replace('{0}', points.length) : element.dataset.empty;
      });
  });
})();
