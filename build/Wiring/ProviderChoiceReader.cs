using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.Railway;

namespace Mlops.Build;

/// <summary>Which provider Deploy uses and why, decided from the environment alone.</summary>
public static class ProviderChoiceReader
{
    /// <summary>Railway when a Railway token is set (its ids are then required); the local provider otherwise.</summary>
    public static ProviderChoice FromEnvironment(Func<string, string?> read)
    {
        var railway = RailwaySettingsReader.FromEnvironment(read);
        if (railway is null)
        {
            return new ProviderChoice(
                DeployProvider.Local,
                $"neither {EnvironmentNames.RailwayToken} nor {EnvironmentNames.RailwayApiToken} is set, so the API runs on 127.0.0.1 for the smoke tests and is stopped after them",
                null);
        }

        var token = railway.TokenKind == RailwayTokenKind.Project ? EnvironmentNames.RailwayToken : EnvironmentNames.RailwayApiToken;
        return new ProviderChoice(
            DeployProvider.Railway,
            $"{token} is set, with service {railway.ServiceId} in environment {railway.EnvironmentId}",
            railway);
    }
}
