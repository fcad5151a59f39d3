namespace Mlops.Build;

/// <summary>Markdown for the GitHub Actions job summary; a no-op outside GitHub Actions.</summary>
public static class JobSummary
{
    public static void AppendJobSummary(this BuildContext context, string markdown)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Ci.StepSummaryFile is { } file)
        {
            File.AppendAllText(file, markdown + Environment.NewLine + Environment.NewLine);
        }
    }
}
