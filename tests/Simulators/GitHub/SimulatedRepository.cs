namespace Mlops.Simulators.GitHub;

/// <summary>
/// The state of one simulated repository. Issues and pull requests share one number sequence, as on GitHub.
/// Every member locks, so tests may read while a client writes.
/// </summary>
public sealed class SimulatedRepository(string owner, string name)
{
    private readonly List<SimulatedIssue> _issues = [];
    private readonly List<SimulatedComment> _comments = [];
    private readonly List<SimulatedLabel> _labels = [];
    private readonly List<SimulatedStatus> _statuses = [];
    private readonly List<SimulatedRelease> _releases = [];
    private readonly Lock _gate = new();
    private long _nextId = 1000;

    public string Owner => owner;

    public string Name => name;

    public string FullName => $"{owner}/{name}";

    public IReadOnlyList<SimulatedIssue> Issues => Snapshot(_issues);

    public IReadOnlyList<SimulatedComment> Comments => Snapshot(_comments);

    public IReadOnlyList<SimulatedLabel> Labels => Snapshot(_labels);

    public IReadOnlyList<SimulatedStatus> Statuses => Snapshot(_statuses);

    public IReadOnlyList<SimulatedRelease> Releases => Snapshot(_releases);

    public SimulatedIssue AddIssue(string title, string? body, IEnumerable<string> labels, bool isPullRequest = false)
    {
        lock (_gate)
        {
            var number = _issues.Count + 1;
            var now = DateTimeOffset.UtcNow;
            var issue = new SimulatedIssue
            {
                Id = ++_nextId,
                Number = number,
                Title = title,
                Body = body,
                Labels = labels.Select(LabelNamed).ToList(),
                Url = $"https://api.github.com/repos/{FullName}/issues/{number}",
                HtmlUrl = $"https://github.com/{FullName}/{(isPullRequest ? "pull" : "issues")}/{number}",
                CreatedAt = now,
                UpdatedAt = now,
                PullRequest = isPullRequest ? new SimulatedPullRequestLink($"https://api.github.com/repos/{FullName}/pulls/{number}", $"https://github.com/{FullName}/pull/{number}") : null,
            };
            _issues.Add(issue);
            return issue;
        }
    }

    public SimulatedIssue? Issue(int number)
    {
        lock (_gate)
        {
            return _issues.Find(issue => issue.Number == number);
        }
    }

    /// <summary>Applies a change to an issue under the lock and stamps updated_at.</summary>
    public void Change(SimulatedIssue issue, Action<SimulatedIssue> change)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            change(issue);
            issue.UpdatedAt = DateTimeOffset.UtcNow;
        }
    }

    public SimulatedComment AddComment(SimulatedIssue issue, string body)
    {
        ArgumentNullException.ThrowIfNull(issue);
        lock (_gate)
        {
            var now = DateTimeOffset.UtcNow;
            var id = ++_nextId;
            var comment = new SimulatedComment
            {
                Id = id,
                IssueNumber = issue.Number,
                HtmlUrl = $"{issue.HtmlUrl}#issuecomment-{id}",
                Body = body,
                CreatedAt = now,
                UpdatedAt = now,
            };
            _comments.Add(comment);
            issue.Comments++;
            return comment;
        }
    }

    public IReadOnlyList<SimulatedComment> CommentsOf(int issueNumber)
    {
        lock (_gate)
        {
            return _comments.Where(comment => comment.IssueNumber == issueNumber).ToList();
        }
    }

    public SimulatedComment? Comment(long id)
    {
        lock (_gate)
        {
            return _comments.Find(comment => comment.Id == id);
        }
    }

    public void EditComment(SimulatedComment comment, string body)
    {
        ArgumentNullException.ThrowIfNull(comment);
        lock (_gate)
        {
            comment.Body = body;
            comment.UpdatedAt = DateTimeOffset.UtcNow;
        }
    }

    /// <summary>Adds a label unless one of that name exists in any case; null when it exists.</summary>
    public SimulatedLabel? TryAddLabel(string labelName, string? color, string? description)
    {
        lock (_gate)
        {
            if (FindLabel(labelName) is not null)
            {
                return null;
            }

            var label = new SimulatedLabel(++_nextId, labelName, color ?? "ededed", description);
            _labels.Add(label);
            return label;
        }
    }

    public SimulatedStatus AddStatus(string sha, string state, string? targetUrl, string? description, string context)
    {
        lock (_gate)
        {
            var status = new SimulatedStatus(++_nextId, sha, state, targetUrl, description, context, DateTimeOffset.UtcNow);
            _statuses.Add(status);
            return status;
        }
    }

    /// <summary>Adds a release unless its tag already has one; null when it has.</summary>
    public SimulatedRelease? TryAddRelease(string tag, string? releaseName, string? body, bool draft, bool prerelease)
    {
        lock (_gate)
        {
            if (_releases.Exists(release => release.TagName == tag))
            {
                return null;
            }

            var release = new SimulatedRelease(++_nextId, tag, releaseName, body, draft, prerelease, $"https://github.com/{FullName}/releases/tag/{tag}", DateTimeOffset.UtcNow);
            _releases.Add(release);
            return release;
        }
    }

    /// <summary>Resolves label names under the lock (used when an update replaces an issue's labels).</summary>
    public List<SimulatedLabel> LabelsNamed(IEnumerable<string> names)
    {
        lock (_gate)
        {
            return names.Select(LabelNamed).ToList();
        }
    }

    // Applying a label to an issue creates it when missing, as GitHub does.
    private SimulatedLabel LabelNamed(string labelName) =>
        FindLabel(labelName) ?? TryAddLabel(labelName, null, null)!;

    private SimulatedLabel? FindLabel(string labelName) =>
        _labels.Find(label => string.Equals(label.Name, labelName, StringComparison.OrdinalIgnoreCase));

    private List<T> Snapshot<T>(List<T> items)
    {
        lock (_gate)
        {
            return [.. items];
        }
    }
}
