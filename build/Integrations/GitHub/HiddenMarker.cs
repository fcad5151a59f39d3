namespace Mlops.Build.Integrations.GitHub;

/// <summary>
/// An HTML comment such as &lt;!-- mlops:fingerprint=abc --&gt;: invisible on GitHub, it lets the build find the issue
/// or comment it wrote earlier instead of writing a second one.
/// </summary>
public sealed record HiddenMarker
{
    public HiddenMarker(string key, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if ($"{key}{value}".Contains("--", StringComparison.Ordinal) || key.Contains('=', StringComparison.Ordinal))
        {
            throw new ArgumentException($"A hidden marker cannot hold '--' (it would end the HTML comment) and its key no '=': {key}={value}.");
        }

        Key = key;
        Value = value;
    }

    public string Key { get; }

    public string Value { get; }

    public string Text => $"<!-- mlops:{Key}={Value} -->";

    public bool IsIn(string? body) => body?.Contains(Text, StringComparison.Ordinal) == true;

    /// <summary>The body with the marker on its own last line, added once.</summary>
    public string AppendTo(string? body) => IsIn(body) ? body! : $"{body}\n\n{Text}\n";

    public override string ToString() => Text;
}
