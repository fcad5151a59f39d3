namespace Mlops.Build.Integrations.Http;

/// <summary>
/// Replaces every registered secret with *** in text bound for the log, an error or a file.
/// On GitHub Actions, also registers each secret with the runner (::add-mask::) so the runner masks it too.
/// </summary>
public sealed class SecretMasker
{
    public const string Mask = "***";

    private readonly List<string> _secrets = [];
    private readonly Lock _gate = new();

    public static SecretMasker Shared { get; } = new();

    /// <summary>Registers a secret; returns the line to write on GitHub Actions, or null for an empty secret.</summary>
    public string? Register(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return null;
        }

        lock (_gate)
        {
            if (!_secrets.Contains(secret))
            {
                _secrets.Add(secret);
                _secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
            }
        }

        return $"::add-mask::{secret}";
    }

    public string Apply(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        lock (_gate)
        {
            foreach (var secret in _secrets)
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
