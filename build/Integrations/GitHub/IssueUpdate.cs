namespace Mlops.Build.Integrations.GitHub;

/// <summary>The body of PATCH /repos/{o}/{r}/issues/{n}: only the fields that are set are sent.</summary>
public sealed record IssueUpdate
{
    public IssueState? State { get; init; }

    public IssueStateReason? StateReason { get; init; }

    public string? Title { get; init; }

    public string? Body { get; init; }

    public IReadOnlyList<string>? Labels { get; init; }

    public static IssueUpdate Close(IssueStateReason reason) => new() { State = IssueState.Closed, StateReason = reason };
}
