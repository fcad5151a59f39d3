using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Pipeline;

/// <summary>Row indices of the train, validation and test parts; the same spec and labels always give the same split.</summary>
public sealed record DataSplit(int[] Train, int[] Validation, int[] Test)
{
    public static DataSplit Create(IReadOnlyList<int> labels, SplitSpec spec)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(spec);
        var random = new Random(spec.Seed);
        var groups = spec.Stratified
            ? [Indices(labels, 0), Indices(labels, 1)]
            : new[] { Enumerable.Range(0, labels.Count).ToArray() };
        var train = new List<int>();
        var validation = new List<int>();
        var test = new List<int>();
        foreach (var group in groups)
        {
            random.Shuffle(group);
            var testCount = (int)Math.Round(group.Length * spec.TestFraction);
            var validationCount = (int)Math.Round(group.Length * spec.ValidationFraction);
            test.AddRange(group.Take(testCount));
            validation.AddRange(group.Skip(testCount).Take(validationCount));
            train.AddRange(group.Skip(testCount + validationCount));
        }

        return new DataSplit(Sorted(train), Sorted(validation), Sorted(test));
    }

    private static int[] Indices(IReadOnlyList<int> labels, int label) =>
        Enumerable.Range(0, labels.Count).Where(row => labels[row] == label).ToArray();

    // File order inside each part keeps test-predictions.csv easy to join back to the data.
    private static int[] Sorted(List<int> rows) => [.. rows.Order()];
}
