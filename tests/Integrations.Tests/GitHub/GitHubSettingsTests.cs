using Mlops.Build;
using Mlops.Build.Integrations.GitHub;

namespace Mlops.Integrations.Tests.GitHub;

public sealed class GitHubSettingsTests
{
    [Fact]
    public void Reads_the_variables_GitHub_Actions_sets()
    {
        var settings = GitHubSettingsReader.FromEnvironment(Variables(("GITHUB_TOKEN", "t0k"), ("GITHUB_REPOSITORY", "acme/churn"), ("GITHUB_API_URL", "https://ghe.acme.test/api/v3")));

        Assert.Equal(("acme", "churn"), (settings.Owner, settings.Name));
        Assert.Equal("https://ghe.acme.test/api/v3/", settings.ApiUrl.AbsoluteUri);
        Assert.True(settings.CanFile);
        Assert.DoesNotContain("t0k", settings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_to_api_github_com_and_to_not_filing_without_a_token()
    {
        var settings = GitHubSettingsReader.FromEnvironment(Variables(("GITHUB_REPOSITORY", "acme/churn"), ("GITHUB_TOKEN", " ")));

        Assert.Equal(GitHubSettings.DefaultApiUrl, settings.ApiUrl);
        Assert.False(settings.CanFile);
    }

    [Theory]
    [InlineData("churn")]
    [InlineData("acme/")]
    [InlineData("acme/churn/extra")]
    public void Names_the_variable_and_the_expected_form_for_a_bad_repository(string repository)
    {
        var error = Assert.Throws<ArgumentException>(() => GitHubSettingsReader.FromEnvironment(Variables(("GITHUB_REPOSITORY", repository))));

        Assert.Contains(EnvironmentNames.GitHubRepository, error.Message, StringComparison.Ordinal);
        Assert.Contains("owner/name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_repository_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => GitHubSettingsReader.FromEnvironment(Variables()));

        Assert.Contains(EnvironmentNames.GitHubRepository, error.Message, StringComparison.Ordinal);
    }

    private static Func<string, string?> Variables(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(value => value.Name == name).Value;
}
