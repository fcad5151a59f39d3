using Mlops.Build;
using Mlops.Build.Integrations.Railway;

namespace Mlops.Integrations.Tests.Railway;

public sealed class RailwaySettingsTests
{
    private static readonly Dictionary<string, string> Ids = new()
    {
        [EnvironmentNames.RailwayServiceId] = "svc-1",
        [EnvironmentNames.RailwayEnvironmentId] = "env-1",
    };

    [Fact]
    public void Without_a_token_there_are_no_Railway_settings_so_the_local_provider_is_used()
    {
        Assert.Null(RailwaySettingsReader.FromEnvironment(Read(Ids)));
    }

    [Fact]
    public void A_project_token_wins_over_an_account_token()
    {
        var settings = RailwaySettingsReader.FromEnvironment(Read(Ids, (EnvironmentNames.RailwayToken, "p"), (EnvironmentNames.RailwayApiToken, "a")))!;

        Assert.Equal(RailwayTokenKind.Project, settings.TokenKind);
        Assert.Equal("p", settings.Token);
        Assert.Equal(RailwaySettings.DefaultApiUrl, settings.ApiUrl);
    }

    [Fact]
    public void An_account_token_with_its_own_api_url_and_waits_is_read()
    {
        var settings = RailwaySettingsReader.FromEnvironment(Read(
            Ids,
            (EnvironmentNames.RailwayApiToken, "a"),
            (EnvironmentNames.RailwayApiUrl, "http://127.0.0.1:9/graphql/v2"),
            (EnvironmentNames.RailwayPollSeconds, "2.5"),
            (EnvironmentNames.RailwayDeployTimeoutSeconds, "600")))!;

        Assert.Equal(RailwayTokenKind.Account, settings.TokenKind);
        Assert.Equal(new Uri("http://127.0.0.1:9/graphql/v2"), settings.ApiUrl);
        Assert.Equal(TimeSpan.FromSeconds(2.5), settings.PollInterval);
        Assert.Equal(TimeSpan.FromMinutes(10), settings.DeployTimeout);
    }

    [Fact]
    public void A_token_without_a_service_id_fails_naming_the_missing_variable()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RailwaySettingsReader.FromEnvironment(Read(
            new Dictionary<string, string> { [EnvironmentNames.RailwayEnvironmentId] = "env-1" },
            (EnvironmentNames.RailwayToken, "p"))));

        Assert.Contains(EnvironmentNames.RailwayServiceId, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EnvironmentNames.RailwayApiUrl, "backboard.railway.com")]
    [InlineData(EnvironmentNames.RailwayPollSeconds, "soon")]
    [InlineData(EnvironmentNames.RailwayDeployTimeoutSeconds, "-5")]
    public void A_malformed_setting_fails_naming_it_and_its_value(string name, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            RailwaySettingsReader.FromEnvironment(Read(Ids, (EnvironmentNames.RailwayToken, "p"), (name, value))));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    private static Func<string, string?> Read(Dictionary<string, string> values, params (string Name, string Value)[] more)
    {
        var all = new Dictionary<string, string>(values);
        foreach (var (name, value) in more)
        {
            all[name] = value;
        }

        return name => all.GetValueOrDefault(name);
    }
}
