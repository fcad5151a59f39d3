// Reads the card's reference profile: per column histogram bins (edges + counts) or category frequencies
// (the top values and an "other" count), plus summary statistics. It reads defensively, so a profile of
// another shape (bins as a list, frequencies as an object) still draws.

const STAT_NAMES = ['missing', 'mean', 'median', 'std', 'min', 'max'];

export function profileColumns(profile) {
  if (!profile || typeof profile !== 'object') return [];
  const columns = profile.columns ?? profile.features ?? profile;
  const entries = Array.isArray(columns)
    ? columns.filter(isObject).map(c => [c.name ?? c.column ?? '?', c])
    : Object.entries(columns).filter(([, c]) => isObject(c));
  return entries
    .map(([name, column]) => withTypical({ name, stats: stats(column), ...bars(column) }, column))
    .filter(column => column.labels.length > 0 || column.stats.length > 0);
}

/** The model's predicted probabilities on the test split, drawn like a profiled column. */
export function predictionColumn(histogram) {
  const bins = isObject(histogram) ? histogramBars(histogram) : null;
  return bins ? [{ name: 'predicted probability', kind: 'histogram', stats: ['test split'], ...bins }] : [];
}

function bars(column) {
  const histogram = column.histogram ?? column.bins;
  const fromHistogram = histogram && histogramBars(histogram);
  if (fromHistogram) return { kind: 'histogram', ...fromHistogram };
  const frequencies = column.frequencies ?? column.categories ?? column.counts ?? column.values;
  const fromFrequencies = frequencies && frequencyBars(frequencies);
  if (fromFrequencies) return { kind: 'categories', ...fromFrequencies };
  return { kind: 'none', labels: [], counts: [] };
}

function histogramBars(histogram) {
  const edges = histogram.edges ?? histogram.binEdges ?? histogram.bin_edges ?? histogram.boundaries;
  const counts = histogram.counts ?? histogram.frequencies;
  if (Array.isArray(edges) && Array.isArray(counts) && counts.length > 0) {
    return { labels: counts.map((_, i) => range(edges[i], edges[i + 1])), counts: counts.map(Number) };
  }
  if (Array.isArray(histogram) && histogram.length > 0 && histogram.every(isObject)) {
    return {
      labels: histogram.map(b => b.label ?? range(b.lower ?? b.min ?? b.start, b.upper ?? b.max ?? b.end)),
      counts: histogram.map(b => Number(b.count ?? b.frequency ?? b.value ?? 0)),
    };
  }
  return null;
}

function frequencyBars(frequencies) {
  if (Array.isArray(frequencies.top)) {
    const top = frequencyBars(frequencies.top);
    if (!top || !(frequencies.other > 0)) return top;
    return { labels: [...top.labels, 'other'], counts: [...top.counts, frequencies.other] };
  }
  if (Array.isArray(frequencies)) {
    const items = frequencies.filter(isObject);
    if (items.length === 0) return null;
    return {
      labels: items.map(f => String(f.value ?? f.category ?? f.name ?? f.label)),
      counts: items.map(f => Number(f.count ?? f.frequency ?? f.share ?? 0)),
    };
  }
  if (isObject(frequencies)) {
    const entries = Object.entries(frequencies).filter(([, count]) => typeof count === 'number');
    if (entries.length === 0) return null;
    return { labels: entries.map(([label]) => label), counts: entries.map(([, count]) => count) };
  }
  return null;
}

function stats(column) {
  const all = { ...column, ...(isObject(column.summary) ? column.summary : {}) };
  return STAT_NAMES
    .filter(name => typeof all[name] === 'number')
    .map(name => `${name} ${formatNumber(all[name])}`);
}

function range(lower, upper) {
  return upper === undefined ? `≥ ${formatNumber(lower)}` : `${formatNumber(lower)}–${formatNumber(upper)}`;
}

export function formatNumber(value) {
  if (typeof value !== 'number') return String(value);
  return Number.isInteger(value) ? String(value) : value.toPrecision(4).replace(/\.?0+$/, '');
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// The value the form starts with: the most frequent named category (booleans too), else the median or mean.
function withTypical(profile, column) {
  if (profile.kind === 'categories') {
    const named = profile.labels.map((label, i) => [label, profile.counts[i]]).filter(([label]) => label !== 'other');
    const top = named.reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['', -1]);
    return top[1] >= 0 ? { ...profile, typical: top[0] } : profile;
  }
  const summary = isObject(column.summary) ? column.summary : column;
  const number = summary.median ?? summary.mean;
  return typeof number === 'number' ? { ...profile, typical: formatNumber(number) } : profile;
}
