namespace Mlops.Model.Training.Monitoring.Issues;

/// <summary>
/// Regression issues printed instead of filed (no token, or --dry-run-issues): every write is shown in full under a
/// NOT FILED banner, so a local run shows exactly what CI would file. Nothing is open here, so every breach "opens".
/// </summary>
public sealed class PrintedRegressionIssues(Action<string> print, string reason) : IRegressionIssues
{
    /// <summary>The number a printed issue gets: GitHub numbers start at 1, so 0 is never a filed issue.</summary>
    public const int UnfiledNumber = 0;

    public Task<IReadOnlyList<RegressionIssue>> FindOpenAsync(IssueMarker marker, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RegressionIssue>>([]);

    public Task EnsureLabelsAsync(IReadOnlyList<string> labels, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<RegressionIssue> CreateAsync(IssueMarker fingerprint, string title, string body, IReadOnlyList<string> labels, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(labels);
        Print($"issue \"{title}\" [labels: {string.Join(", ", labels)}]", body);
        return Task.FromResult(new RegressionIssue(UnfiledNumber, title, body, null, History.VerdictHistory.Parse(body)));
    }

    public Task CommentAsync(int number, string body, CancellationToken cancellationToken = default)
    {
        Print($"comment on #{number}", body);
        return Task.CompletedTask;
    }

    public Task RetitleAsync(int number, string title, CancellationToken cancellationToken = default)
    {
        Print($"retitle #{number}", title);
        return Task.CompletedTask;
    }

    public Task CloseAsync(int number, CancellationToken cancellationToken = default)
    {
        Print($"close #{number} as completed", string.Empty);
        return Task.CompletedTask;
    }

    private void Print(string what, string body) =>
        print($"===== NOT FILED ({reason}): {what} =====\n{body}\n===== end of NOT FILED =====");
}
