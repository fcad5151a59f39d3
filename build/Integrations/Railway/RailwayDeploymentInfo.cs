namespace Mlops.Build.Integrations.Railway;

/// <summary>What deployment(id) tells about one deployment.</summary>
public sealed record RailwayDeploymentInfo(
    string Id,
    string Status,
    string? Url,
    string? StaticUrl,
    DateTimeOffset CreatedAt,
    bool CanRollback)
{
    /// <summary>
    /// Where the deployed API answers: the service's static domain when it has one, else the deployment's own.
    /// Railway gives bare host names, so https is assumed when no scheme is present.
    /// </summary>
    public Uri? PublicUrl => ToUri(StaticUrl) ?? ToUri(Url);

    private static Uri? ToUri(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var text = address.Contains("://", StringComparison.Ordinal) ? address : $"https://{address}";
        return Uri.TryCreate(text, UriKind.Absolute, out var url) ? url : null;
    }
}
