namespace Mlops.Build.Integrations.GitHub.Reports;

/// <summary>What a report is about (the challenger's version and commit) and the workflow run that holds its files.</summary>
public sealed record ReportSource(string Version, string Commit, string? RunUrl)
{
    /// <summary>The run page's artifacts section, where the uploaded artifacts/ folder can be downloaded.</summary>
    public string? ArtifactsUrl => RunUrl is null ? null : $"{RunUrl}#artifacts";

    public string ShortCommit => Commit.Length > 12 ? Commit[..12] : Commit;
}
