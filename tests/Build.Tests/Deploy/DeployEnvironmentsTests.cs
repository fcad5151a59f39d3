using Mlops.Build.Integrations.Railway;

namespace Mlops.Build.Tests.Deploy;

/// <summary>Which provider each deploy environment gets, from its own settings.</summary>
public sealed class DeployEnvironmentsTests
{
    private static readonly Dictionary<string, string> Ids = new()
    {
        [EnvironmentNames.RailwayServiceId] = "svc-1",
        [EnvironmentNames.RailwayEnvironmentId] = "env-1",
    };

    [Fact]
    public void Without_a_token_there_are_no_Railway_settings_so_the_local_provider_is_used()
    {
        Assert.Null(Production(Read(Ids)));
    }

    [Fact]
    public void A_project_token_wins_over_an_account_token()
    {
        var settings = Production(Read(Ids, (EnvironmentNames.RailwayToken, "p"), (EnvironmentNames.RailwayApiToken, "a")))!;

        Assert.Equal(RailwayTokenKind.Project, settings.TokenKind);
        Assert.Equal("p", settings.Token);
        Assert.Equal(RailwaySettings.DefaultApiUrl, settings.ApiUrl);
    }

    [Fact]
    public void An_account_token_with_its_own_api_url_and_waits_is_read()
    {
        var settings = Production(Read(
            Ids,
            (EnvironmentNames.RailwayApiToken, "a"),
            (EnvironmentNames.RailwayProjectId, "prj-1"),
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
        var error = Assert.Throws<InvalidOperationException>(() => Production(Read(
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
            Production(Read(Ids, (EnvironmentNames.RailwayToken, "p"), (name, value))));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Staging_reads_its_own_settings_and_never_productions()
    {
        var read = Read(Ids, (EnvironmentNames.RailwayToken, "production-token"));

        Assert.Null(DeployEnvironments.RailwaySettingsOf(DeployEnvironments.Staging, read));

        var staging = DeployEnvironments.RailwaySettingsOf(DeployEnvironments.Staging, Read(
            Ids,
            (EnvironmentNames.RailwayToken, "production-token"),
            ("STAGING_RAILWAY_TOKEN", "staging-token"),
            ("STAGING_RAILWAY_SERVICE_ID", "svc-1"),
            ("STAGING_RAILWAY_ENVIRONMENT_ID", "env-staging")))!;
        Assert.Equal("staging-token", staging.Token);
        Assert.Equal("env-staging", staging.EnvironmentId);
    }

    [Fact]
    public void Production_with_a_token_of_its_own_reads_only_its_own_ids()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Production(Read(Ids, ("PRODUCTION_RAILWAY_TOKEN", "p"))));

        Assert.Contains("PRODUCTION_RAILWAY_SERVICE_ID is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_account_token_needs_the_project_id_to_set_the_model_version()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Production(Read(Ids, (EnvironmentNames.RailwayApiToken, "a"))));

        Assert.Contains(EnvironmentNames.RailwayProjectId, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "staging")]
    [InlineData("Production", "production")]
    public void An_environment_name_is_one_of_the_known_ones(string? given, string expected)
    {
        Assert.Equal(expected, DeployEnvironments.Parse(given, "--environment", DeployEnvironments.Staging));
        var error = Assert.Throws<ArgumentException>(() => DeployEnvironments.Parse("prod", "--environment", DeployEnvironments.Staging));
        Assert.Contains("--environment must be one of staging, production, not 'prod'", error.Message, StringComparison.Ordinal);
    }

    private static RailwaySettings? Production(Func<string, string?> read) =>
        DeployEnvironments.RailwaySettingsOf(DeployEnvironments.Production, read);

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
