using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Pipeline;

/// <summary>
/// Row indices of the train, validation and test parts, by the split rule that the Databricks job applies too
/// (model/databricks/split_rule.py and spark_training.py; documented in model/databricks/README.md):
/// <list type="number">
/// <item>every row has a key: the spec's split.key column as text, or its 1-based data row number in the file;</item>
/// <item>rows are ordered by the lowercase hex SHA-256 of the UTF-8 text "&lt;seed&gt;:&lt;key&gt;" (ordinal), ties by position;</item>
/// <item>within each class when stratified (else over all rows) the first round(n × test) rows are test, the next
/// round(n × validation) validation, the rest train; round is half to even.</item>
/// </list>
/// A row's place in the order depends only on its own key, so the same data gives the same split in any language.
/// </summary>
public sealed record DataSplit(int[] Train, int[] Validation, int[] Test)
{
    public static DataSplit Of(ColumnTable table, SplitSpec spec)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Create(table.Labels, table.SplitKeys, spec);
    }

    public static DataSplit Create(IReadOnlyList<int> labels, IReadOnlyList<string> keys, SplitSpec spec)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(spec);
        if (keys.Count != labels.Count)
        {
            throw new ArgumentException($"{keys.Count} split keys for {labels.Count} labels: there must be one per row.", nameof(keys));
        }

        var order = Order(keys, spec.Seed);
        var groups = spec.Stratified
            ? [order.Where(row => labels[row] == 0).ToArray(), order.Where(row => labels[row] == 1).ToArray()]
            : new[] { order };
        var train = new List<int>();
        var validation = new List<int>();
        var test = new List<int>();
        foreach (var group in groups)
        {
            var testCount = PartSize(group.Length, spec.TestFraction);
            var validationCount = PartSize(group.Length, spec.ValidationFraction);
            test.AddRange(group.Take(testCount));
            validation.AddRange(group.Skip(testCount).Take(validationCount));
            train.AddRange(group.Skip(testCount + validationCount));
        }

        return new DataSplit(Sorted(train), Sorted(validation), Sorted(test));
    }

    // Math.Round rounds half to even, as Python's round() does.
    private static int PartSize(int rows, double fraction) => (int)Math.Round(rows * fraction);

    // Comparing the hash bytes orders exactly as comparing their lowercase hex; OrderBy is stable, so ties go by position.
    private static int[] Order(IReadOnlyList<string> keys, int seed)
    {
        var prefix = seed.ToString(CultureInfo.InvariantCulture) + ":";
        var hashes = keys.Select(key => SHA256.HashData(Encoding.UTF8.GetBytes(prefix + key))).ToArray();
        return [.. Enumerable.Range(0, keys.Count).OrderBy(row => hashes[row], HashOrder.Instance)];
    }

    // File order inside each part keeps test-predictions.csv easy to join back to the data.
    private static int[] Sorted(List<int> rows) => [.. rows.Order()];

    private sealed class HashOrder : IComparer<byte[]>
    {
        public static readonly HashOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
