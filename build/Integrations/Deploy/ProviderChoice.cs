using Mlops.Build.Integrations.Railway;

namespace Mlops.Build.Integrations.Deploy;

/// <summary>Which provider Deploy uses and why (the build decides it from its settings).</summary>
public sealed record ProviderChoice(DeployProvider Provider, string Reason, RailwaySettings? Railway)
{
    public string Describe() => $"Deploy provider: {Provider} ({Reason}).";
}
