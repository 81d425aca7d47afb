// Draws each report chart from the table of its numbers (the table stays for those who cannot see the chart).
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('[data-chart]').forEach(function (section) {
    var canvas = section.querySelector('canvas');
    var rows = section.querySelectorAll('.chart-data tr');
    var labels = [];
    var values = [];
    rows.forEach(function (row) {
      labels.push(row.querySelector('th').textContent);
      values.push(Number(row.querySelector('td').getAttribute('data-value')));
    });
    var chart = new Chart(canvas, {
      type: 'bar',
      data: {labels: labels, datasets: [{data: values, backgroundColor: '#8a5a1f'}]},
      options: {
        indexAxis: 'y',
        animation: false,
        maintainAspectRatio: false,
        plugins: {legend: {display: false}},
        scales: {x: {beginAtZero: true, ticks: {precision: 0}}}
      }
    });
    canvas.parentElement.style.height = Math.max(120, 34 * labels.length + 40) + 'px';
    chart.resize();
    canvas.setAttribute('data-drawn', 'true');
  });
});
