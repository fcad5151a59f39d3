using System.Globalization;
using System.Text;

namespace Mlops.DataBench;

/// <summary>The benchmark file: numeric columns of varied scale with 1 % missing values, and a 0/1 label.</summary>
internal static class NumericCsv
{
    public static void Write(string path, int rows, int columns)
    {
        var random = new Random(7);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', Enumerable.Range(1, columns).Select(c => $"x{c}").Append("label")));
        var line = new StringBuilder();
        for (var row = 0; row < rows; row++)
        {
            line.Clear();
            for (var column = 0; column < columns; column++)
            {
                if (random.NextDouble() >= 0.01)
                {
                    var scale = Math.Pow(10, column % 4);
                    line.Append((random.NextDouble() * 2 * scale - scale).ToString(column % 2 == 0 ? "0.#####" : "0.####", CultureInfo.InvariantCulture));
                }

                line.Append(',');
            }

            line.Append(random.NextDouble() < 0.2 ? '1' : '0');
            writer.WriteLine(line);
        }

        File.WriteAllText(path + ".spec.json", SpecFor(columns));
    }

    private static string SpecFor(int columns) =>
        "{\n  \"data\": { \"path\": \"bench.csv\" },\n  \"columns\": [\n"
        + string.Join(",\n", Enumerable.Range(1, columns).Select(c => $"    {{ \"name\": \"x{c}\", \"type\": \"numeric\" }}"))
        + "\n  ],\n  \"target\": { \"column\": \"label\", \"positiveClass\": \"1\" }\n}\n";
}
