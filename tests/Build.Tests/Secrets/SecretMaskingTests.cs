using Mlops.Build.Integrations.Http;
using Mlops.Build.Integrations.Railway;

namespace Mlops.Build.Tests.Secrets;

/// <summary>
/// Every secret the build knows of is masked from the start, not only once the client that owns it exists:
/// a Railway error that echoes the NuGet key, the GitHub token and the rest prints none of them.
/// </summary>
public sealed class SecretMaskingTests
{
    private static readonly Dictionary<string, string> Environment = BuildSecrets.Names
        .Select((name, i) => KeyValuePair.Create(name, $"secret-{i}-{Guid.NewGuid():N}"))
        .ToDictionary(StringComparer.Ordinal);

    [Fact]
    public async Task A_service_echoing_every_secret_leaves_none_in_the_output()
    {
        var masker = new SecretMasker();
        BuildSecrets.Register(Environment.GetValueOrDefault, masker);

        var output = await RailwayOutputAsync(masker);

        Assert.Contains("Not Authorized", output, StringComparison.Ordinal);
        Assert.Contains("attempt", output, StringComparison.OrdinalIgnoreCase);
        Assert.All(Environment, secret => Assert.DoesNotContain(secret.Value, output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_registration_at_start_the_other_services_secrets_would_leak()
    {
        var output = await RailwayOutputAsync(new SecretMasker());

        Assert.Contains(Environment[EnvironmentNames.NuGetApiKey], output, StringComparison.Ordinal);
        Assert.Contains(Environment[EnvironmentNames.GitHubToken], output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_registered_secret_has_its_add_mask_line_and_unset_ones_none()
    {
        var lines = BuildSecrets.Register(name => name == EnvironmentNames.GitHubToken ? null : Environment[name], new SecretMasker());

        Assert.Equal(BuildSecrets.Names.Count - 1, lines.Count);
        Assert.Contains($"::add-mask::{Environment[EnvironmentNames.NuGetApiKey]}", lines);
    }

    // The log of retries and the error that ends the call: what the build would print.
    private static async Task<string> RailwayOutputAsync(SecretMasker masker)
    {
        using var service = new EchoingService(Environment.Values);
        var log = new List<string>();
        var settings = new RailwaySettings
        {
            ApiUrl = service.Url,
            Token = Environment[EnvironmentNames.RailwayToken],
            TokenKind = RailwayTokenKind.Project,
            ServiceId = Environment[EnvironmentNames.RailwayServiceId],
            EnvironmentId = Environment[EnvironmentNames.RailwayEnvironmentId],
        };
        using var client = RailwayClient.Create(settings, log.Add, delay: (_, _) => Task.CompletedTask, masker: masker);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => client.DeployAsync("4f2d9c1"));

        return string.Join("\n", [.. log, error.ToString()]);
    }
}
