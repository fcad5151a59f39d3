using Mlops.Build.Integrations.GitHub;
using Mlops.Simulators.GitHub;
using Xunit.Abstractions;

namespace Mlops.Integrations.Tests.GitHub.Contracts;

/// <summary>Every request the client sends is one GitHub's own OpenAPI description (from @octokit/openapi) accepts.</summary>
public sealed class GitHubOpenApiContractTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_request_the_client_sends_is_valid_for_GitHub()
    {
        var contract = new RequestContract(OpenApiDescription.GitHub);
        await using var rig = await GitHubRig.StartAsync();

        await UseEveryCallAsync(rig);

        var requests = rig.Simulator.Requests;
        Assert.True(requests.Count >= 12, $"the scenario should exercise every call; it sent {requests.Count} requests");
        var problems = requests.SelectMany(contract.Check).ToList();
        problems.ForEach(output.WriteLine);
        Assert.Empty(problems);
    }

    [Fact]
    public void The_validator_rejects_what_GitHub_would_reject()
    {
        var contract = new RequestContract(OpenApiDescription.GitHub);
        static RecordedRequest Post(string path, string body) => new("POST", path, string.Empty, new Dictionary<string, string>(), body);

        Assert.NotEmpty(contract.Check(Post("/repos/o/r/issues", """{"body":"no title"}""")));
        Assert.NotEmpty(contract.Check(Post("/repos/o/r/issues", """{"title":"t","severity":"high"}""")));
        Assert.NotEmpty(contract.Check(Post("/repos/o/r/statuses/abc", """{"state":"green"}""")));
        Assert.NotEmpty(contract.Check(Post("/repos/o/r/tickets", """{"title":"t"}""")));
        Assert.NotEmpty(contract.Check(new RecordedRequest("GET", "/repos/o/r/issues", "?state=done", new Dictionary<string, string>(), string.Empty)));
        Assert.Empty(contract.Check(Post("/repos/o/r/issues", """{"title":"t","labels":["a"]}""")));
    }

    private static async Task UseEveryCallAsync(GitHubRig rig)
    {
        var tracker = rig.Tracker;
        var marker = new HiddenMarker("fingerprint", "contract");
        var filing = await tracker.FindOrCreateAsync(marker, GitHubRig.Regression());
        await tracker.EnsureLabelsAsync([new NewLabel("data-drift", "fbca04", "Input data drifted")]);
        await rig.Client.ListLabelsAsync();
        await rig.Client.CreateLabelAsync(new NewLabel("data-drift"));
        await tracker.UpsertCommentAsync(filing.Issue.Number, marker, "first figures");
        await tracker.UpsertCommentAsync(filing.Issue.Number, marker, "newer figures");
        await rig.Client.UpdateIssueAsync(filing.Issue.Number, new IssueUpdate { Title = "renamed", Body = "b", Labels = ["model-regression", "data-drift"] });
        await rig.Client.UpdateIssueAsync(filing.Issue.Number, IssueUpdate.Close(IssueStateReason.Completed));
        await rig.Client.ListIssuesAsync(new IssueQuery(IssueStateFilter.All, ["model-regression"], PerPage: 50));
        await rig.Client.CreateCommitStatusAsync("0123abc", new NewCommitStatus(CommitState.Success, "model-gate", "all gates passed", "https://example.test/run/1"));
        await rig.Client.CreateReleaseAsync(new NewRelease("v1.0.0", "1.0.0", "model card", Prerelease: true));
    }
}
