using System.Globalization;

namespace Mlops.Bench.Monitor;

/// <summary>The bench's command line: spec files, batch sizes, batches per case, where to write the table.</summary>
internal sealed record BenchOptions(IReadOnlyList<string> Specs, IReadOnlyList<int> Rows, int Batches, string? MarkdownPath, string RepositoryRoot)
{
    public static BenchOptions Parse(IReadOnlyList<string> args, string repositoryRoot)
    {
        var specs = new List<string>();
        IReadOnlyList<int> rows = [300, 1000];
        var batches = 40;
        string? markdown = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--rows":
                    rows = [.. Value(args, ++i).Split(',').Select(Number)];
                    break;
                case "--batches":
                    batches = Number(Value(args, ++i));
                    break;
                case "--markdown":
                    markdown = Value(args, ++i);
                    break;
                default:
                    specs.Add(Path.GetFullPath(args[i]));
                    break;
            }
        }

        return new BenchOptions(specs.Count > 0 ? specs : DefaultSpecs(repositoryRoot), rows, batches, markdown, repositoryRoot);
    }

    private static List<string> DefaultSpecs(string root) =>
        [Path.Combine(root, "model", "spec.json"), .. Directory.GetFiles(Path.Combine(root, "bench", "monitor", "specs"), "*.json").Order(StringComparer.Ordinal)];

    private static string Value(IReadOnlyList<string> args, int index) =>
        index < args.Count ? args[index] : throw new ArgumentException($"{args[index - 1]} needs a value.");

    private static int Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"Expected a positive whole number but found '{text}'.");
}
