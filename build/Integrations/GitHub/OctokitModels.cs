using Gh = Octokit;

namespace Mlops.Build.Integrations.GitHub;

/// <summary>Octokit's answers as the build's small records, which the printing client can also make.</summary>
internal static class OctokitModels
{
    public static GitHubIssue Issue(Gh.Issue issue) => new(
        issue.Id,
        issue.Number,
        issue.State.StringValue == "closed" ? IssueState.Closed : IssueState.Open,
        issue.StateReason?.StringValue,
        issue.Title,
        issue.Body,
        [.. (issue.Labels ?? []).Select(Label)],
        issue.HtmlUrl,
        issue.CreatedAt,
        issue.UpdatedAt ?? issue.CreatedAt,
        issue.ClosedAt,
        issue.Comments,
        issue.PullRequest is { } pull ? new GitHubPullRequestLink(pull.Url, pull.HtmlUrl) : null);

    public static GitHubComment Comment(Gh.IssueComment comment) =>
        new(comment.Id, comment.HtmlUrl, comment.Body, comment.CreatedAt, comment.UpdatedAt ?? comment.CreatedAt);

    public static GitHubLabel Label(Gh.Label label) => new(label.Name, label.Color, label.Description);

    public static GitHubCommitStatus Status(Gh.CommitStatus status) => new(
        status.Id,
        Enum.Parse<CommitState>(status.State.StringValue, ignoreCase: true),
        status.TargetUrl,
        status.Description,
        status.Context,
        status.CreatedAt);

    public static GitHubRelease Release(Gh.Release release) => new(
        release.Id,
        release.TagName,
        release.Name,
        release.Body,
        release.Draft,
        release.Prerelease,
        release.HtmlUrl,
        release.UploadUrl,
        [.. (release.Assets ?? []).Select(Asset)]);

    public static GitHubReleaseAsset Asset(Gh.ReleaseAsset asset) =>
        new(asset.Id, asset.Name, asset.Size, asset.State, asset.ContentType, asset.BrowserDownloadUrl);

    public static Gh.NewIssue NewIssue(NewIssue issue)
    {
        var request = new Gh.NewIssue(issue.Title) { Body = issue.Body };
        (issue.Labels ?? []).ToList().ForEach(request.Labels.Add);
        (issue.Assignees ?? []).ToList().ForEach(request.Assignees.Add);
        return request;
    }

    /// <summary>
    /// The PATCH body with only the fields that are set. Octokit's IssueUpdate always sends "milestone": null, which
    /// would take a person's milestone off the issue whenever the build closes it.
    /// </summary>
    public static Dictionary<string, object> IssuePatch(IssueUpdate update)
    {
        var fields = new Dictionary<string, object>();
        Add(fields, "title", update.Title);
        Add(fields, "body", update.Body);
        Add(fields, "labels", update.Labels?.ToArray());
        Add(fields, "state", update.State is { } state ? Snake(state.ToString()) : null);
        Add(fields, "state_reason", update.StateReason is { } reason ? Snake(reason.ToString()) : null);
        return fields;
    }

    public static Gh.NewLabel NewLabel(NewLabel label) =>
        new(label.Name, label.Color ?? DefaultLabelColor) { Description = label.Description };

    public static Gh.NewCommitStatus NewStatus(NewCommitStatus status) => new()
    {
        State = Enum.Parse<Gh.CommitState>(status.State.ToString()),
        Context = status.Context,
        Description = status.Description,
        TargetUrl = status.TargetUrl,
    };

    public static Gh.NewRelease NewRelease(NewRelease release) => new(release.TagName)
    {
        Name = release.Name,
        Body = release.Body,
        Draft = release.Draft,
        Prerelease = release.Prerelease,
    };

    // GitHub's own default colour for a label made without one.
    private const string DefaultLabelColor = "ededed";

    private static void Add(Dictionary<string, object> fields, string name, object? value)
    {
        if (value is not null)
        {
            fields[name] = value;
        }
    }

    // NotPlanned -> not_planned, as GitHub spells its enum values.
    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? $"_{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));
}
