// The run history from GET /history: monitored metrics with intervals against the spec's bounds, PSI per feature
// over runs, and the version timeline per environment. Charts come from the same Chart.js build as the dashboard.
const ACCENT = '#2f6fde';
const BAD = '#c0392b';
const PALETTE = ['#2f6fde', '#e67e22', '#27ae60', '#8e44ad', '#16a085', '#d35400', '#2c3e50', '#c0392b'];

const byId = id => document.getElementById(id);
const fixed = value => (value === null || value === undefined ? 'n/a' : value.toFixed(3));
const when = iso => new Date(iso).toISOString().slice(0, 16).replace('T', ' ');
const runLabel = run => `${when(run.at)} ${run.batch}`;

function cell(text, className, tag = 'td') {
  const td = document.createElement(tag);
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function row(...cells) {
  const tr = document.createElement('tr');
  tr.append(...cells);
  return tr;
}

function boundLine(label, value, count) {
  return {
    type: 'line', label, data: Array(count).fill(value), borderColor: BAD, borderDash: [6, 4],
    borderWidth: 1.5, pointRadius: 0, fill: false,
  };
}

function drawMetric(name, runs) {
  const figure = document.createElement('figure');
  figure.dataset.metric = name;
  const canvas = document.createElement('canvas');
  canvas.setAttribute('aria-label', `${name} per monitor run`);
  const caption = document.createElement('figcaption');
  caption.textContent = name.replaceAll('_', ' ');
  figure.append(caption, canvas);
  byId('metric-charts').append(figure);

  const points = runs.map(run => run.metrics.find(m => m.metric === name) ?? null);
  const bound = points.find(point => point && (point.limitMin !== null || point.limitMax !== null));
  const datasets = [
    { type: 'bar', label: '95% interval', data: points.map(p => (p ? [p.lower, p.upper] : null)), backgroundColor: 'rgba(47,111,222,.25)', barPercentage: 0.35 },
    { type: 'line', label: 'value', data: points.map(p => (p ? p.value : null)), borderColor: ACCENT, backgroundColor: ACCENT, pointRadius: 4, showLine: true },
  ];
  if (bound?.limitMin !== null && bound?.limitMin !== undefined) datasets.push(boundLine(`min ${fixed(bound.limitMin)}`, bound.limitMin, runs.length));
  if (bound?.limitMax !== null && bound?.limitMax !== undefined) datasets.push(boundLine(`max ${fixed(bound.limitMax)}`, bound.limitMax, runs.length));
  new Chart(canvas, {
    data: { labels: runs.map(runLabel), datasets },
    options: { maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: false } }, plugins: { legend: { labels: { boxWidth: 12 } } } },
  });
}

function showMetrics(runs) {
  const names = [...new Set(runs.flatMap(run => run.metrics.map(m => m.metric)))].sort();
  names.forEach(name => drawMetric(name, runs));
  byId('monitor-empty').hidden = runs.length > 0;
}

function showDrift(runs) {
  const features = [...new Set(runs.flatMap(run => run.drift.map(d => d.feature)))].sort();
  byId('drift-head').replaceChildren(row(cell('feature', '', 'th'), ...runs.map(run => cell(runLabel(run), '', 'th'))));
  byId('drift-rows').replaceChildren(...features.map(feature => {
    const tr = row(cell(feature), ...runs.map(run => {
      const drift = run.drift.find(d => d.feature === feature);
      return drift ? cell(fixed(drift.psi), drift.drifted ? 'drifted' : '') : cell('–');
    }));
    tr.dataset.feature = feature;
    return tr;
  }));
  const limit = runs.flatMap(run => run.drift).find(d => d.psiLimit !== null)?.psiLimit;
  const datasets = features.map((feature, i) => ({
    label: feature,
    data: runs.map(run => run.drift.find(d => d.feature === feature)?.psi ?? null),
    borderColor: PALETTE[i % PALETTE.length],
    backgroundColor: PALETTE[i % PALETTE.length],
    pointRadius: runs.map(run => (run.drift.find(d => d.feature === feature)?.drifted ? 6 : 3)),
  }));
  if (limit !== undefined) datasets.push(boundLine(`PSI limit ${fixed(limit)}`, limit, runs.length));
  new Chart(byId('drift-chart'), {
    type: 'line',
    data: { labels: runs.map(runLabel), datasets },
    options: { maintainAspectRatio: false, animation: false },
  });
}

function showDeployments(deployments) {
  const newestFirst = [...deployments].reverse();
  byId('deployments').replaceChildren(...newestFirst.map(d => {
    const tr = row(cell(d.environment), cell(d.version), cell(when(d.at)), cell(d.target));
    tr.dataset.environment = d.environment;
    return tr;
  }));
  byId('deployments-empty').hidden = deployments.length > 0;
}

function showVersions(versions) {
  byId('versions').replaceChildren(...versions.map(v => {
    const auc = v.metrics.find(m => m.metric === 'roc_auc');
    const tr = row(cell(v.version), cell(auc ? `${fixed(auc.value)} [${fixed(auc.lower)}, ${fixed(auc.upper)}]` : '–'), cell(v.gateStatus ?? 'not gated'));
    tr.dataset.version = v.version;
    return tr;
  }));
}

async function main() {
  try {
    const response = await fetch('/history', { headers: { accept: 'application/json' } });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(problem.detail ?? `/history answered ${response.status}`);
    }

    const history = await response.json();
    byId('model-id').textContent = history.modelId;
    byId('store').textContent = history.store;
    showMetrics(history.monitorRuns);
    showDrift(history.monitorRuns);
    showDeployments(history.deployments);
    showVersions(history.versions);
  } catch (error) {
    byId('load-error').textContent = `The history could not load: ${error.message}`;
    byId('load-error').hidden = false;
  } finally {
    document.body.dataset.ready = 'true';
  }
}

main();
