using System.Text.Json.Serialization;

namespace Mlops.Simulators.GitHub;

/// <summary>An issue or pull request held by the simulator, serialized in GitHub's shape (snake_case, nulls kept).</summary>
public sealed class SimulatedIssue
{
    public long Id { get; init; }

    public int Number { get; init; }

    public string State { get; set; } = "open";

    public string? StateReason { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Body { get; set; }

    public List<SimulatedLabel> Labels { get; set; } = [];

    public string Url { get; init; } = string.Empty;

    public string HtmlUrl { get; init; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public int Comments { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SimulatedPullRequestLink? PullRequest { get; init; }
}

/// <summary>The key that marks an "issue" as a pull request.</summary>
public sealed record SimulatedPullRequestLink(string Url, string HtmlUrl);

/// <summary>A repository label.</summary>
public sealed record SimulatedLabel(long Id, string Name, string Color, string? Description, bool Default = false);

/// <summary>A comment on an issue or pull request.</summary>
public sealed class SimulatedComment
{
    public long Id { get; init; }

    [JsonIgnore]
    public int IssueNumber { get; init; }

    public string HtmlUrl { get; init; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A commit status.</summary>
public sealed record SimulatedStatus(long Id, [property: JsonIgnore] string Sha, string State, string? TargetUrl, string? Description, string Context, DateTimeOffset CreatedAt);

/// <summary>A release.</summary>
public sealed record SimulatedRelease(long Id, string TagName, string? Name, string? Body, bool Draft, bool Prerelease, string HtmlUrl, DateTimeOffset CreatedAt);
