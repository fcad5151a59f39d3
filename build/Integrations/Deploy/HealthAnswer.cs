namespace Mlops.Build.Integrations.Deploy;

/// <summary>The version /health reported, or why there was no usable answer.</summary>
public sealed record HealthAnswer(string? Version, string? Problem)
{
    public static HealthAnswer None(string problem) => new(null, problem);

    /// <summary>Null when /health reports <paramref name="expectedVersion"/>; otherwise what is wrong.</summary>
    public string? Mismatch(string expectedVersion) => Version switch
    {
        null => Problem,
        _ when Version == expectedVersion => null,
        _ => $"/health reports model version {Version}, expected {expectedVersion}",
    };
}
