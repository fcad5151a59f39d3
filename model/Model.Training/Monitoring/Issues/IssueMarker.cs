using System.Text;

namespace Mlops.Model.Training.Monitoring.Issues;

/// <summary>
/// The hidden markers of a regression issue, in the form <c>&lt;!-- mlops:key=value --&gt;</c> that the GitHub
/// integration's HiddenMarker writes and finds (this project cannot reference the build, so it names key and value).
/// </summary>
public sealed record IssueMarker(string Key, string Value)
{
    public const string ModelKey = "monitor-model";
    public const string FingerprintKey = "regression";

    public string Text => $"<!-- mlops:{Key}={Value} -->";

    public bool IsIn(string? body) => body?.Contains(Text, StringComparison.Ordinal) == true;

    /// <summary>Marks every monitoring issue of a model, whatever breached.</summary>
    public static IssueMarker ForModel(string modelId) => new(ModelKey, modelId);

    /// <summary>The breach's fingerprint: SHA-256 of the model id and the sorted breached checks (16 hex digits suffice).</summary>
    public static IssueMarker ForBreach(string modelId, IEnumerable<string> breachedChecks)
    {
        var identity = string.Join('\n', breachedChecks.Order(StringComparer.Ordinal).Prepend(modelId));
        return new(FingerprintKey, Model.Checksums.Sha256(Encoding.UTF8.GetBytes(identity))[..16]);
    }
}
