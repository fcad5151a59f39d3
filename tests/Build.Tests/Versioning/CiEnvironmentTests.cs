namespace Mlops.Build.Tests.Versioning;

public sealed class CiEnvironmentTests
{
    [Fact]
    public void Without_any_variable_the_build_is_local()
    {
        var ci = CiEnvironment.From(_ => null);

        Assert.False(ci.IsCi);
        Assert.False(ci.IsGitHubActions);
        Assert.Null(ci.RunUrl);
    }

    [Fact]
    public void CI_true_marks_a_ci_run_that_is_not_GitHub_Actions()
    {
        var ci = CiEnvironment.From(name => name == "CI" ? "true" : null);

        Assert.True(ci.IsCi);
        Assert.False(ci.IsGitHubActions);
        Assert.Null(ci.TagName);
    }

    [Fact]
    public void On_GitHub_Actions_the_run_link_is_built_from_the_server_repository_and_run_id()
    {
        var ci = CiEnvironment.From(name => name switch
        {
            "GITHUB_ACTIONS" => "true",
            "GITHUB_SERVER_URL" => "https://github.example.com",
            "GITHUB_REPOSITORY" => "acme/churn",
            "GITHUB_RUN_ID" => "99",
            _ => null,
        });

        Assert.Equal("https://github.example.com/acme/churn/actions/runs/99", ci.RunUrl);
    }
}
