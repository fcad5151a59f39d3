using Mlops.Build.Integrations.Deploy;

namespace Mlops.Build.Tests.Deploy;

public sealed class JobSummaryTests
{
    [Fact]
    public void Each_entry_is_appended_to_the_summary_file_as_its_own_paragraph()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mlops-summary-{Guid.NewGuid():N}.md");
        try
        {
            JobSummary.Append(file, "### Deploy\nDeploy provider: Local.");
            JobSummary.Append(file, "verified");

            Assert.Equal($"### Deploy\nDeploy provider: Local.{Environment.NewLine}{Environment.NewLine}verified{Environment.NewLine}{Environment.NewLine}", File.ReadAllText(file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
