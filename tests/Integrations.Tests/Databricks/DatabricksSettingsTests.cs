using Mlops.Build;
using Mlops.Build.Integrations.Databricks;

namespace Mlops.Integrations.Tests.Databricks;

public sealed class DatabricksSettingsTests
{
    private static readonly Dictionary<string, string> Complete = new()
    {
        [EnvironmentNames.DatabricksHost] = "adb-1234567890.12.azuredatabricks.net",
        [EnvironmentNames.DatabricksToken] = "dapi-token",
    };

    [Theory]
    [InlineData(EnvironmentNames.DatabricksHost)]
    [InlineData(EnvironmentNames.DatabricksToken)]
    public void A_missing_required_setting_fails_naming_it(string missing)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(Complete.Where(p => p.Key != missing)));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_root_is_asked_for_by_name_only_when_needed()
    {
        var settings = Read(Complete);

        Assert.Contains(EnvironmentNames.DatabricksOutputRoot, Assert.Throws<InvalidOperationException>(() => DatabricksSettingsReader.RequireOutputRoot(settings)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_without_scheme_gets_https_and_defaults_apply()
    {
        var settings = Read(Complete);

        Assert.Equal(new Uri("https://adb-1234567890.12.azuredatabricks.net/"), settings.Host);
        Assert.Equal(DatabricksSettings.DefaultPollInterval, settings.PollInterval);
        Assert.Null(settings.JobId);
    }

    [Theory]
    [InlineData(EnvironmentNames.DatabricksJobId, "train-job")]
    [InlineData(EnvironmentNames.DatabricksPollSeconds, "-5")]
    public void A_malformed_number_fails_naming_the_setting_and_value(string name, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(Complete.Append(new(name, value))));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    private static DatabricksSettings Read(IEnumerable<KeyValuePair<string, string>> variables)
    {
        var map = variables.ToDictionary(p => p.Key, p => p.Value);
        return DatabricksSettingsReader.FromEnvironment(name => map.GetValueOrDefault(name));
    }
}
