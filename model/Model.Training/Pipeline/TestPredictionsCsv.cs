using System.Globalization;
using System.Text;

namespace Mlops.Model.Training.Pipeline;

/// <summary>test-predictions.csv for error analysis: the data row number (1-based, as in the file), label, probability, predicted class.</summary>
internal static class TestPredictionsCsv
{
    public static void Write(string path, IReadOnlyList<int> rows, IReadOnlyList<int> labels, IReadOnlyList<double> probabilities, double threshold)
    {
        var text = new StringBuilder("row,label,probability,predicted\n");
        for (var index = 0; index < rows.Count; index++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{rows[index] + 1},{labels[index]},{probabilities[index]:R},{(probabilities[index] >= threshold ? 1 : 0)}\n");
        }

        File.WriteAllText(path, text.ToString());
    }
}
