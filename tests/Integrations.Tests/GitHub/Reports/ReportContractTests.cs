using Mlops.Build.Integrations.GitHub;
using Mlops.Build.Integrations.GitHub.Reports;
using Mlops.Integrations.Tests.GitHub.Contracts;
using Mlops.Simulators.GitHub;
using Xunit.Abstractions;

namespace Mlops.Integrations.Tests.GitHub.Reports;

/// <summary>The calls the reports make are operations GitHub's OpenAPI description (@octokit/openapi) accepts.</summary>
public sealed class ReportContractTests(ITestOutputHelper output) : IDisposable
{
    private const string UploadsPrefix = "/uploads";

    private readonly string _folder = Directory.CreateTempSubdirectory("report-contract-").FullName;

    [Fact]
    public async Task Every_request_of_the_pull_request_report_and_the_release_is_valid_for_GitHub()
    {
        var contract = new RequestContract(OpenApiDescription.GitHub);
        await using var rig = await GitHubRig.StartAsync();
        var pullRequest = rig.Repo.AddIssue("PR", null, [], isPullRequest: true).Number;
        var package = Path.Combine(_folder, "model.nupkg");
        await File.WriteAllBytesAsync(package, [1, 2, 3]);

        await new PullRequestReporter(rig.Client).PostAsync(pullRequest, GateOutcomes.Passed(), GateOutcomes.Source());
        await new PullRequestReporter(rig.Client).PostAsync(pullRequest, GateOutcomes.Failed(), GateOutcomes.Source());
        var publisher = new ReleasePublisher(rig.Client, output.WriteLine);
        await publisher.PublishAsync(new NewRelease("v1.2.0", "churn 1.2.0", "notes"), [package]);
        await publisher.PublishAsync(new NewRelease("v1.2.0", "churn 1.2.0", "notes"), [package]);

        var problems = rig.Simulator.Requests.Select(AsGitHubSees).SelectMany(contract.Check).ToList();
        problems.ForEach(output.WriteLine);
        Assert.Empty(problems);
        Assert.Contains(rig.Simulator.Requests, request => request.Path.EndsWith("/releases/tags/v1.2.0", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Uploads go to GitHub's uploads host at /repos/…; the simulator serves them under /uploads/. Their body is the
    // file itself (application/octet-stream), not JSON, so only the path and the query are checked.
    private static RecordedRequest AsGitHubSees(RecordedRequest request) =>
        request.Path.StartsWith(UploadsPrefix, StringComparison.Ordinal)
            ? request with { Path = request.Path[UploadsPrefix.Length..], Body = string.Empty }
            : request;
}
