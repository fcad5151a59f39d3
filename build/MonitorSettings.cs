using Cake.Common;
using Cake.Core;
using Mlops.Build.Integrations.Deploy;

namespace Mlops.Build;

/// <summary>Monitor's arguments, read once at start-up: which batches, which model, and what a breach does.</summary>
/// <param name="DataFile">--data: one batch to check instead of the new files in data/incoming/.</param>
/// <param name="ModelVersion">--model-version: the version to check instead of the highest stable one on the feed.</param>
/// <param name="ApiUrl">--api-url: a deployed API whose /model tells the version to check.</param>
/// <param name="DryRunIssues">--dry-run-issues: print the issue, never file it.</param>
/// <param name="Retrain">--retrain: on an alert, train a challenger and send it through the gates.</param>
public sealed record MonitorSettings(string? DataFile, string? ModelVersion, Uri? ApiUrl, bool DryRunIssues, bool Retrain)
{
    public static MonitorSettings From(ICakeContext context, string root)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = Argument(context, ArgumentNames.Data);
        var api = Argument(context, ArgumentNames.ApiUrl);
        return new MonitorSettings(
            data is null ? null : Path.GetFullPath(data, root),
            Argument(context, ArgumentNames.ModelVersion),
            api is null ? null : BaseAddress.Parse(api, $"--{ArgumentNames.ApiUrl}"),
            IsSet(context, ArgumentNames.DryRunIssues),
            IsSet(context, ArgumentNames.Retrain));
    }

    // A flag is on when given bare (--retrain) or with any value but "false" (the workflow passes --retrain="false").
    private static bool IsSet(ICakeContext context, string name) =>
        context.HasArgument(name) && !string.Equals(context.Argument(name, string.Empty), "false", StringComparison.OrdinalIgnoreCase);

    // The workflow passes --model-version="" when its input is empty: an empty argument means "not given".
    private static string? Argument(ICakeContext context, string name) =>
        context.Argument<string?>(name, null) is { Length: > 0 } value ? value : null;
}
