using System.Net;
using Mlops.Build.Integrations.GitHub;
using Mlops.Build.Integrations.Http;
using Mlops.Simulators.GitHub;

namespace Mlops.Integrations.Tests.GitHub;

public sealed class GitHubResilienceTests
{
    [Theory]
    [InlineData(403)]
    [InlineData(429)]
    public async Task Waits_for_the_primary_limit_reset_and_files_exactly_one_issue(int status)
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Simulator.Faults.Next(GitHubFault.PrimaryRateLimit(TimeSpan.FromSeconds(30), status));

        await rig.Client.CreateIssueAsync(GitHubRig.Regression());

        Assert.Single(rig.Repo.Issues);
        var wait = Assert.Single(rig.Waits);
        Assert.InRange(wait, TimeSpan.FromSeconds(28), TimeSpan.FromSeconds(31));
    }

    [Fact]
    public async Task Honours_retry_after_on_the_secondary_limit()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Simulator.Faults.Next(GitHubFault.SecondaryRateLimit(TimeSpan.FromSeconds(7)));

        await rig.Client.CreateCommentAsync(rig.Repo.AddIssue("t", null, []).Number, "hello");

        Assert.Equal(TimeSpan.FromSeconds(7), Assert.Single(rig.Waits));
        Assert.Single(rig.Repo.Comments);
    }

    [Fact]
    public async Task Waits_at_least_a_minute_and_longer_each_time_on_a_secondary_limit_without_retry_after()
    {
        await using var rig = await GitHubRig.StartAsync(policy: GitHubClientFactory.DefaultPolicy(new GitHubRateLimits()) with { MaxWait = TimeSpan.FromMinutes(5) });
        rig.Simulator.Faults.Next(GitHubFault.SecondaryRateLimit(retryAfter: null, status: 429), times: 2);

        await rig.Client.ListIssuesAsync(new IssueQuery());

        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2)], rig.Waits);
    }

    [Fact]
    public async Task Fails_with_the_reset_time_when_the_limit_resets_later_than_the_policy_waits()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Simulator.Faults.Next(GitHubFault.PrimaryRateLimit(TimeSpan.FromHours(1)));

        var error = await Assert.ThrowsAsync<ServiceException>(() => rig.Client.ListIssuesAsync(new IssueQuery()));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
        Assert.Contains("rate limit exhausted until", error.Message, StringComparison.Ordinal);
        Assert.Empty(rig.Waits);
    }

    [Fact]
    public async Task Retries_a_read_after_a_server_error()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Repo.AddIssue("open one", null, []);
        rig.Simulator.Faults.Next(GitHubFault.ServerError());

        var issues = await rig.Client.ListIssuesAsync(new IssueQuery());

        Assert.Single(issues);
        Assert.Single(rig.Waits);
    }

    [Fact]
    public async Task Retries_a_read_after_a_dropped_connection()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Simulator.Faults.Next(GitHubFault.DropConnection());

        await rig.Client.ListIssuesAsync(new IssueQuery());

        Assert.Equal(2, rig.Simulator.RequestsTo("GET", "/issues").Count);
    }

    [Theory]
    [InlineData("drop")]
    [InlineData("502")]
    public async Task The_transport_never_resends_a_create_whose_outcome_is_unknown(string fault)
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Simulator.Faults.NextOn("POST", "/issues", fault == "drop" ? GitHubFault.DropAfterCommit() : GitHubFault.ServerErrorAfterCommit());

        var error = await Assert.ThrowsAsync<ServiceException>(() => rig.Client.CreateIssueAsync(GitHubRig.Regression()));

        Assert.Equal(fault == "drop" ? null : HttpStatusCode.BadGateway, error.Status);
        Assert.Single(rig.Simulator.RequestsTo("POST", "/issues"));
        Assert.Single(rig.Repo.Issues);
        Assert.Empty(rig.Waits);
    }

    [Fact]
    public async Task An_update_whose_reply_is_lost_is_resent_since_it_makes_nothing_new()
    {
        await using var rig = await GitHubRig.StartAsync();
        var issue = rig.Repo.AddIssue("t", null, []);
        rig.Simulator.Faults.NextOn("PATCH", $"/issues/{issue.Number}", GitHubFault.DropAfterCommit());

        var closed = await rig.Client.UpdateIssueAsync(issue.Number, IssueUpdate.Close(IssueStateReason.Completed));

        Assert.Equal(IssueState.Closed, closed.State);
        Assert.Equal(2, rig.Simulator.RequestsTo("PATCH", $"/issues/{issue.Number}").Count);
    }

    [Fact]
    public async Task Names_the_call_when_GitHub_never_answers()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Simulator.Faults.Next(GitHubFault.DropConnection(), times: 10);

        var error = await Assert.ThrowsAsync<ServiceException>(() => rig.Client.ListIssuesAsync(new IssueQuery()));

        Assert.Null(error.Status);
        Assert.Equal($"GET /repos/{rig.Repo.FullName}/issues", error.Call);
        Assert.Equal(GitHubClientFactory.DefaultPolicy(new GitHubRateLimits()).MaxAttempts, rig.Simulator.RequestsTo("GET", "/issues").Count);
    }

    [Fact]
    public async Task Gives_up_on_a_slow_answer_after_the_attempt_timeout_and_retries()
    {
        var policy = GitHubClientFactory.DefaultPolicy(new GitHubRateLimits()) with { AttemptTimeout = TimeSpan.FromMilliseconds(300) };
        await using var rig = await GitHubRig.StartAsync(policy: policy);
        rig.Simulator.Faults.Next(GitHubFault.Slow(TimeSpan.FromSeconds(30)));

        await rig.Client.ListIssuesAsync(new IssueQuery());

        Assert.Equal(2, rig.Simulator.RequestsTo("GET", "/issues").Count);
    }

    [Fact]
    public async Task A_bad_token_fails_clearly_and_the_token_appears_nowhere()
    {
        const string token = "ghp_wrongTokenThatMustNotLeak123";
        await using var rig = await GitHubRig.StartAsync(clientToken: token);

        var error = await Assert.ThrowsAsync<ServiceException>(() => rig.Client.CreateIssueAsync(GitHubRig.Regression()));

        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Contains($"POST /repos/{rig.Repo.FullName}/issues", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bad credentials", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.ToString(), StringComparison.Ordinal);
        Assert.All(rig.Log.Where(line => !line.StartsWith("::add-mask::", StringComparison.Ordinal)), line => Assert.DoesNotContain(token, line, StringComparison.Ordinal));
        Assert.Equal(SecretMasker.Mask, rig.Masker.Apply(token));
    }

    [Fact]
    public async Task Registers_the_token_as_a_mask_on_GitHub_Actions()
    {
        await using var rig = await GitHubRig.StartAsync();

        Assert.Contains($"::add-mask::{rig.Simulator.Token}", rig.Log);
    }
}
