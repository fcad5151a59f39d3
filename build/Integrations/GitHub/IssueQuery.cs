namespace Mlops.Build.Integrations.GitHub;

/// <summary>Which issues GET /repos/{o}/{r}/issues returns; every page is read.</summary>
public sealed record IssueQuery(IssueStateFilter State = IssueStateFilter.Open, IReadOnlyList<string>? Labels = null, int PerPage = 100);
