using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.Railway;

namespace Mlops.Build.Tests.Deploy;

public sealed class ProviderChoiceTests
{
    [Fact]
    public void Without_a_Railway_token_the_API_is_deployed_locally_and_the_log_says_why()
    {
        var choice = ProviderChoiceReader.FromEnvironment(Environment(new()));

        Assert.Equal(DeployProvider.Local, choice.Provider);
        Assert.Null(choice.Railway);
        Assert.Contains("neither RAILWAY_TOKEN nor RAILWAY_API_TOKEN is set", choice.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EnvironmentNames.RailwayToken, RailwayTokenKind.Project)]
    [InlineData(EnvironmentNames.RailwayApiToken, RailwayTokenKind.Account)]
    public void A_Railway_token_with_service_and_environment_chooses_Railway(string tokenName, RailwayTokenKind kind)
    {
        var choice = ProviderChoiceReader.FromEnvironment(Environment(new()
        {
            [tokenName] = "secret-token-value",
            [EnvironmentNames.RailwayServiceId] = "svc-1",
            [EnvironmentNames.RailwayEnvironmentId] = "env-1",
        }));

        Assert.Equal(DeployProvider.Railway, choice.Provider);
        Assert.Equal(kind, choice.Railway!.TokenKind);
        Assert.Contains($"{tokenName} is set, with service svc-1 in environment env-1", choice.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-value", choice.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_without_the_service_id_is_an_error_naming_the_missing_setting_not_a_silent_local_deploy()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => ProviderChoiceReader.FromEnvironment(Environment(new()
        {
            [EnvironmentNames.RailwayToken] = "t",
            [EnvironmentNames.RailwayEnvironmentId] = "env-1",
        })));

        Assert.Contains(EnvironmentNames.RailwayServiceId, failure.Message, StringComparison.Ordinal);
    }

    private static Func<string, string?> Environment(Dictionary<string, string> values) => name => values.GetValueOrDefault(name);
}
