namespace Mlops.Build;

/// <summary>The GitHub Actions job summary: Markdown appended to the file GITHUB_STEP_SUMMARY names.</summary>
public static class JobSummary
{
    /// <summary>Appends the Markdown; does nothing outside GitHub Actions (no summary file).</summary>
    public static void Append(string? summaryFile, string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (string.IsNullOrEmpty(summaryFile))
        {
            return;
        }

        File.AppendAllText(summaryFile, markdown.TrimEnd() + Environment.NewLine + Environment.NewLine);
    }

    public static void AppendJobSummary(this BuildContext context, string markdown)
    {
        ArgumentNullException.ThrowIfNull(context);
        Append(context.Ci.StepSummaryFile, markdown);
    }
}
