namespace Mlops.Model.Training.Monitoring.Issues;

/// <summary>Where regression issues live (GitHub, or a printout marked not filed). Every method is one plain step.</summary>
public interface IRegressionIssues
{
    /// <summary>The open issues whose body carries the marker, with the newest history each holds (body or comments).</summary>
    Task<IReadOnlyList<RegressionIssue>> FindOpenAsync(IssueMarker marker, CancellationToken cancellationToken = default);

    /// <summary>Creates the labels that do not exist yet.</summary>
    Task EnsureLabelsAsync(IReadOnlyList<string> labels, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens an issue (the body already holds its markers). A create that may have failed half-way must look for the
    /// <paramref name="fingerprint"/> before it tries again, so a retry never files a second issue.
    /// </summary>
    Task<RegressionIssue> CreateAsync(IssueMarker fingerprint, string title, string body, IReadOnlyList<string> labels, CancellationToken cancellationToken = default);

    Task CommentAsync(int number, string body, CancellationToken cancellationToken = default);

    /// <summary>Sets the issue's title (it names the breached checks, which change while the issue is open).</summary>
    Task RetitleAsync(int number, string title, CancellationToken cancellationToken = default);

    /// <summary>Closes the issue as completed (the regression is over).</summary>
    Task CloseAsync(int number, CancellationToken cancellationToken = default);
}

/// <summary>An open regression issue as the lifecycle needs it.</summary>
public sealed record RegressionIssue(int Number, string Title, string Body, string? Url, History.VerdictHistory History)
{
    /// <summary>The breached checks the issue last reported (its body or newest breach comment; see <see cref="CheckSetMarker"/>).</summary>
    public IReadOnlyList<string> Checks { get; init; } = [];
}
