using System.Diagnostics;
using System.Globalization;
using Mlops.Model.Training.Evaluation;

// Times the bootstrap on 20,000 rows × 1,000 resamples against a baseline run in the same process:
// the textbook bootstrap that copies each resample and recomputes the metrics from scratch (a sort per resample).
// Each figure is the best of three runs, because the machine is shared and the first run also pays for the JIT.
const int Rows = 20_000;
const int Resamples = 1_000;
const double Threshold = 0.5;

var random = new Random(1);
var labels = new int[Rows];
var champion = new double[Rows];
for (var row = 0; row < Rows; row++)
{
    labels[row] = random.NextDouble() < 0.3 ? 1 : 0;
    champion[row] = Math.Round(Math.Clamp(0.25 + (0.35 * labels[row]) + ((random.NextDouble() - 0.5) * 0.7), 0, 1), 3);
}

var challenger = (double[])champion.Clone();
random.Shuffle(challenger);
var options = new BootstrapOptions(seed: 7, resamples: Resamples);

var baseline = BestOfThree(() => CopyingBootstrap(labels, champion));
var bootstrap = BestOfThree(() => Bootstrap.Compute(labels, champion, Threshold, options));
var paired = BestOfThree(() => PairedBootstrap.Compare(labels, challenger, Threshold, champion, Threshold, options));

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Rows} rows x {Resamples} resamples"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline (copy + recompute per resample): {baseline.TotalSeconds:F2} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Bootstrap.Compute:                        {bootstrap.TotalSeconds:F2} s ({baseline / bootstrap:F1}x faster)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PairedBootstrap.Compare:                  {paired.TotalSeconds:F2} s ({baseline / paired:F1}x faster)"));

static TimeSpan BestOfThree(Action action)
{
    var best = TimeSpan.MaxValue;
    for (var run = 0; run < 3; run++)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        best = stopwatch.Elapsed < best ? stopwatch.Elapsed : best;
    }

    return best;
}

static void CopyingBootstrap(int[] labels, double[] probabilities)
{
    var random = new Random(7);
    var sampleLabels = new int[labels.Length];
    var sampleProbabilities = new double[labels.Length];
    for (var resample = 0; resample < Resamples; resample++)
    {
        for (var draw = 0; draw < labels.Length; draw++)
        {
            var row = random.Next(labels.Length);
            (sampleLabels[draw], sampleProbabilities[draw]) = (labels[row], probabilities[row]);
        }

        RankedPredictions.Create(sampleLabels, sampleProbabilities).Evaluate(Threshold);
    }
}
