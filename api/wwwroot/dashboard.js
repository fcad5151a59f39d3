import { formatNumber, predictionColumn, profileColumns } from './profile.js';

const ACCENT = '#2f6fde';
const MUTED = '#9aa5b4';

const fixed = value => value.toFixed(3);
const byId = id => document.getElementById(id);

async function getJson(path) {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json();
}

function showCard(card) {
  document.title = `${card.modelId} ${card.version}`;
  byId('model-id').textContent = card.modelId;
  byId('model-version').textContent = card.version;
  byId('model-commit').textContent = card.gitCommit.slice(0, 12);
  byId('model-commit').title = card.gitCommit;
  byId('model-created').textContent = new Date(card.createdAt).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  byId('model-created').dateTime = card.createdAt;
  byId('model-rows').textContent = card.data.rows.toLocaleString('en-US');
  byId('model-trainer').textContent = card.trainer ?? 'xgboost';
  byId('model-parameters').textContent = Object.entries(card.parameters ?? {}).map(([name, value]) => `${name} ${value}`).join(' · ');
  byId('model-threshold').textContent = `${fixed(card.threshold.value)} (${card.threshold.strategy})`;
  showMetrics(card.metrics);
  showConfusion(card.confusionMatrix);
  showCalibration(card.calibration ?? []);
}

function showMetrics(metrics) {
  const rows = Object.entries(metrics).map(([name, metric]) => {
    const row = document.createElement('tr');
    row.dataset.metric = name;
    row.innerHTML = '<td class="name"></td><td class="value"></td><td class="interval"></td>';
    row.querySelector('.name').textContent = name.replaceAll('_', ' ');
    row.querySelector('.value').textContent = fixed(metric.value);
    row.querySelector('.interval').textContent = `${fixed(metric.lower)} – ${fixed(metric.upper)}`;
    return row;
  });
  byId('metrics').replaceChildren(...rows);
  byId('metrics-empty').hidden = rows.length > 0;
}

function showConfusion(matrix) {
  byId('cm-tp').textContent = matrix.truePositives;
  byId('cm-fn').textContent = matrix.falseNegatives;
  byId('cm-fp').textContent = matrix.falsePositives;
  byId('cm-tn').textContent = matrix.trueNegatives;
}

function showCalibration(bins) {
  const rows = bins.map(bin => {
    const row = document.createElement('tr');
    row.innerHTML = '<td class="range"></td><td class="rows"></td><td class="predicted"></td><td class="observed"></td>';
    row.querySelector('.range').textContent = `${bin.lower.toFixed(1)} – ${bin.upper.toFixed(1)}`;
    row.querySelector('.rows').textContent = bin.rows;
    row.querySelector('.predicted').textContent = fixed(bin.meanPredicted);
    row.querySelector('.observed').textContent = fixed(bin.observedRate);
    return row;
  });
  byId('calibration').replaceChildren(...rows);
  byId('calibration-empty').hidden = rows.length > 0;
}

// A curve of the model against a dashed reference line, on the unit square.
function drawCurve(canvasId, label, points, reference, axes) {
  new Chart(byId(canvasId), {
    type: 'scatter',
    data: {
      datasets: [
        { label, data: points, showLine: true, borderColor: ACCENT, backgroundColor: ACCENT, pointRadius: 0, borderWidth: 2 },
        { ...reference, showLine: true, borderColor: MUTED, borderDash: [4, 4], pointRadius: 0, borderWidth: 1 },
      ],
    },
    options: {
      maintainAspectRatio: false,
      scales: {
        x: { min: 0, max: 1, title: { display: true, text: axes[0] } },
        y: { min: 0, max: 1, title: { display: true, text: axes[1] } },
      },
    },
  });
}

const withMetric = (metric, name) => (metric ? `model (${name} ${fixed(metric.value)})` : 'model');

function drawRoc(card) {
  drawCurve('roc-chart', withMetric(card.metrics.roc_auc, 'AUC'),
    card.rocCurve.map(p => ({ x: p.falsePositiveRate, y: p.truePositiveRate })),
    { label: 'chance', data: [{ x: 0, y: 0 }, { x: 1, y: 1 }] },
    ['false positive rate', 'true positive rate']);
}

function drawPr(card) {
  const rate = card.data.positiveRate;
  drawCurve('pr-chart', withMetric(card.metrics.pr_auc, 'PR AUC'),
    (card.prCurve ?? []).map(p => ({ x: p.recall, y: p.precision })),
    { label: 'positive rate', data: [{ x: 0, y: rate }, { x: 1, y: rate }] },
    ['recall', 'precision']);
}

function drawImportance(features) {
  const sorted = [...features].sort((a, b) => b.importance - a.importance);
  const canvas = byId('importance-chart');
  // One readable row per feature, however many the model has.
  canvas.parentElement.style.height = `${Math.max(260, 24 * sorted.length)}px`;
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: sorted.map(f => f.name),
      datasets: [{ label: 'gain', data: sorted.map(f => f.importance), backgroundColor: ACCENT }],
    },
    options: {
      indexAxis: 'y', maintainAspectRatio: false, plugins: { legend: { display: false } },
      scales: { y: { ticks: { autoSkip: false } } },
    },
  });
}

function drawProfiles(columns) {
  byId('profiles-empty').hidden = columns.length > 0;
  for (const column of columns) {
    const figure = document.createElement('figure');
    figure.className = 'profile';
    figure.dataset.column = column.name;
    figure.innerHTML = '<h3></h3><p class="stats"></p><div class="chart"><canvas></canvas></div>';
    figure.querySelector('h3').textContent = column.name;
    figure.querySelector('.stats').textContent = column.stats.join(' · ');
    byId('profiles').append(figure);
    if (column.labels.length === 0) {
      figure.querySelector('.chart').remove();
      continue;
    }
    new Chart(figure.querySelector('canvas'), {
      type: 'bar',
      data: {
        labels: column.labels,
        datasets: [{ data: column.counts, backgroundColor: column.kind === 'histogram' ? ACCENT : '#46a67a', barPercentage: 0.95 }],
      },
      options: { maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { x: { ticks: { font: { size: 10 } } } } },
    });
  }
}

// The form follows the request schema of the OpenAPI document: types, ranges, allowed values, required.
function buildForm(schema, profiles) {
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties).map(([name, property]) =>
    field(name, property, required.has(name), profiles.find(p => p.name === name)));
  byId('fields').replaceChildren(...fields);
}

function field(name, property, required, profile) {
  const types = [property.type].flat();
  const label = document.createElement('label');
  label.textContent = required ? `${name} *` : name;
  const input = property.enum || types.includes('boolean')
    ? select(property.enum ?? [true, false], required)
    : document.createElement('input');
  input.name = name;
  input.dataset.type = types.find(t => t !== 'null');
  if (input.tagName === 'INPUT') {
    input.type = input.dataset.type === 'number' ? 'number' : 'text';
    input.step = 'any';
    if (property.minimum !== undefined) input.min = property.minimum;
    if (property.maximum !== undefined) input.max = property.maximum;
    input.placeholder = input.dataset.type === 'number' ? rangeText(property) : 'category';
    if (profile?.kind === 'categories') label.append(suggestions(input, profile.labels));
  }
  const typical = profile?.typical ?? property.minimum;
  if (typical !== undefined) input.value = typical;
  label.append(input);
  return label;
}

// Known categories as suggestions; any other text is still sent, and the model scores it as "other".
function suggestions(input, categories) {
  const list = document.createElement('datalist');
  list.id = `${input.name}-categories`;
  list.replaceChildren(...categories.map(category => new Option(category)));
  input.setAttribute('list', list.id);
  return list;
}

function select(values, required) {
  const element = document.createElement('select');
  const options = (required ? [] : ['']).concat(values.filter(v => v !== null).map(String));
  element.replaceChildren(...options.map(value => new Option(value === '' ? '(missing)' : value, value)));
  return element;
}

function rangeText(property) {
  if (property.minimum === undefined && property.maximum === undefined) return 'number';
  return `${formatNumber(property.minimum ?? -Infinity)} to ${formatNumber(property.maximum ?? Infinity)}`;
}

function readRecord(form) {
  const record = {};
  for (const input of form.querySelectorAll('input, select')) {
    if (input.value === '') continue;
    record[input.name] = input.dataset.type === 'number' ? Number(input.value)
      : input.dataset.type === 'boolean' ? input.value === 'true'
        : input.value;
  }
  return record;
}

async function predict(event) {
  event.preventDefault();
  const response = await fetch('/predict', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(readRecord(event.target)),
  });
  const body = await response.json();
  byId('answer').hidden = !response.ok;
  byId('answer-errors').hidden = response.ok;
  if (response.ok) {
    byId('answer-probability').textContent = fixed(body.probability);
    byId('answer-label').textContent = body.label ? 'positive' : 'negative';
    byId('answer-threshold').textContent = fixed(body.threshold);
    byId('answer-version').textContent = body.modelVersion;
  } else {
    const messages = body.errors ? Object.values(body.errors).flat() : [body.detail ?? body.title];
    byId('answer-errors').replaceChildren(...messages.map(message => Object.assign(document.createElement('li'), { textContent: message })));
  }
}

async function main() {
  try {
    const [card, openApi] = await Promise.all([getJson('/model'), getJson('/openapi/v1.json')]);
    const profiles = profileColumns(card.referenceProfile);
    showCard(card);
    drawRoc(card);
    drawPr(card);
    drawImportance(card.features);
    drawProfiles([...predictionColumn(card.referencePredictions), ...profiles]);
    buildForm(openApi.paths['/predict'].post.requestBody.content['application/json'].schema, profiles);
    byId('predict-form').addEventListener('submit', predict);
    document.body.dataset.ready = 'true';
  } catch (error) {
    byId('load-error').textContent = `The dashboard could not load: ${error.message}`;
    byId('load-error').hidden = false;
  }
}

main();
