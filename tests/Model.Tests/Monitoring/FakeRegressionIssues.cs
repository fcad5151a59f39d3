using Mlops.Model.Training.Monitoring.History;
using Mlops.Model.Training.Monitoring.Issues;

namespace Mlops.Model.Tests.Monitoring;

/// <summary>Issues kept in memory, with their comments, labels and state, as GitHub would keep them.</summary>
internal sealed class FakeRegressionIssues : IRegressionIssues
{
    public List<FakeIssue> Issues { get; } = [];

    public HashSet<string> Labels { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Task<IReadOnlyList<RegressionIssue>> FindOpenAsync(IssueMarker marker, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RegressionIssue>>([.. Issues.Where(i => i.Open && marker.IsIn(i.Body)).Select(ToIssue)]);

    public Task EnsureLabelsAsync(IReadOnlyList<string> labels, CancellationToken cancellationToken = default)
    {
        Labels.UnionWith(labels);
        return Task.CompletedTask;
    }

    public Task<RegressionIssue> CreateAsync(IssueMarker fingerprint, string title, string body, IReadOnlyList<string> labels, CancellationToken cancellationToken = default)
    {
        Assert.All(labels, label => Assert.Contains(label, Labels));
        var issue = new FakeIssue(Issues.Count + 1, title, body, [.. labels]);
        Issues.Add(issue);
        return Task.FromResult(ToIssue(issue));
    }

    public Task CommentAsync(int number, string body, CancellationToken cancellationToken = default)
    {
        Issues.Single(i => i.Number == number).Comments.Add(body);
        return Task.CompletedTask;
    }

    public Task RetitleAsync(int number, string title, CancellationToken cancellationToken = default)
    {
        Issues.Single(i => i.Number == number).Title = title;
        return Task.CompletedTask;
    }

    public Task CloseAsync(int number, CancellationToken cancellationToken = default)
    {
        var issue = Issues.Single(i => i.Number == number);
        issue.Open = false;
        issue.StateReason = "completed";
        return Task.CompletedTask;
    }

    private static RegressionIssue ToIssue(FakeIssue issue)
    {
        var thread = string.Join('\n', issue.Comments.Prepend(issue.Body));
        return new(issue.Number, issue.Title, issue.Body, null, VerdictHistory.Parse(thread)) { Checks = CheckSetMarker.Parse(thread) };
    }
}

internal sealed record FakeIssue(int Number, string Title, string Body, IReadOnlyList<string> Labels)
{
    public string Title { get; set; } = Title;

    public bool Open { get; set; } = true;

    public string? StateReason { get; set; }

    public List<string> Comments { get; } = [];
}
