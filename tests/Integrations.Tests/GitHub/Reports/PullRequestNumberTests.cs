using Mlops.Build;

namespace Mlops.Integrations.Tests.GitHub.Reports;

public sealed class PullRequestNumberTests
{
    [Theory]
    [InlineData("42", "refs/pull/7/merge", 42)]
    [InlineData(null, "refs/pull/7/merge", 7)]
    [InlineData("", "refs/pull/7/head", 7)]
    [InlineData(null, "refs/heads/main", null)]
    [InlineData(null, "refs/tags/v1.2.0", null)]
    [InlineData(null, null, null)]
    public void Comes_from_the_workflow_variable_else_from_the_pull_request_ref(string? number, string? gitRef, int? expected)
    {
        var variables = new Dictionary<string, string?> { ["PULL_REQUEST_NUMBER"] = number, ["GITHUB_REF"] = gitRef };

        Assert.Equal(expected, PullRequestNumber.From(name => variables.GetValueOrDefault(name)));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-3")]
    public void A_number_that_is_not_one_is_an_error_naming_the_variable(string number)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PullRequestNumber.From(name => name == "PULL_REQUEST_NUMBER" ? number : null));

        Assert.Contains($"PULL_REQUEST_NUMBER is '{number}'", error.Message, StringComparison.Ordinal);
    }
}
