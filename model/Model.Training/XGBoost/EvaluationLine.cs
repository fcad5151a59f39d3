using System.Globalization;

namespace Mlops.Model.Training.XGBoost;

/// <summary>Reads one metric out of XGBoost's evaluation line "[12]\tvalidation-logloss:0.4123".</summary>
internal static class EvaluationLine
{
    public static double ReadMetric(string line, string dataName, string metric)
    {
        var key = $"{dataName}-{metric}:";
        var start = line.IndexOf(key, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new XGBoostException($"XGBoosterEvalOneIter returned '{line}', which has no '{key}' value.");
        }

        var value = line.AsSpan(start + key.Length);
        var end = value.IndexOfAny('\t', ' ');
        var text = end < 0 ? value : value[..end];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new XGBoostException($"XGBoosterEvalOneIter returned '{line}'; '{text}' is not a number.");
    }
}
