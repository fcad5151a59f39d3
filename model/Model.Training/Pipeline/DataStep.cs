using System.Text;
using Mlops.Model.Training.Data.Loading;
using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Profiling;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Pipeline;

/// <summary>
/// Data: find (or, at the default path, generate) the spec's CSV, load and validate it, profile it and write
/// profile.json and profile.md. A failure leaves no profile behind, so nothing downstream reads stale files.
/// </summary>
public static class DataStep
{
    public static PreparedData Run(ModelSpec spec, string repositoryRoot, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var profilePath = Path.Combine(outputDirectory, ModelArtifactFiles.Profile);
        var markdownPath = Path.Combine(outputDirectory, ModelArtifactFiles.ProfileMarkdown);
        foreach (var stale in new[] { profilePath, markdownPath }.Where(File.Exists))
        {
            File.Delete(stale);
        }

        var dataPath = DataPath(spec, repositoryRoot);
        var generated = GenerateDefaultIfAbsent(spec, dataPath);
        var loaded = CsvTableLoader.Load(dataPath, spec);
        var profile = DataProfiler.Profile(loaded.Table, spec.Target.PositiveClass, new ProfileOptions { TopK = spec.CategoriesTopK });
        profile = profile with { Source = spec.Data.Path };
        ArtifactJson.Write(profilePath, profile);
        File.WriteAllText(markdownPath, ProfileMarkdown.Render(profile) + BadRowsMarkdown(loaded.BadRows));
        return new PreparedData(dataPath, generated, loaded, profile);
    }

    /// <summary>The spec's data file, generated first when it is the embedded default and absent (a fresh checkout).</summary>
    public static string EnsureDataFile(ModelSpec spec, string repositoryRoot)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var dataPath = DataPath(spec, repositoryRoot);
        GenerateDefaultIfAbsent(spec, dataPath);
        return dataPath;
    }

    private static string DataPath(ModelSpec spec, string repositoryRoot) => Path.GetFullPath(spec.Data.Path, repositoryRoot);

    private static bool GenerateDefaultIfAbsent(ModelSpec spec, string dataPath)
    {
        if (File.Exists(dataPath) || spec.Data.Path != DataSourceSpec.DefaultPath)
        {
            return false;
        }

        ChurnGenerator.WriteFile(dataPath, new ChurnDataOptions());
        return true;
    }

    private static string BadRowsMarkdown(BadRowReport report)
    {
        if (report.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder().AppendLine().AppendLine("## Skipped bad rows").AppendLine();
        text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{report.Count} rows skipped (data.badRows is \"skip\"); the first {report.Examples.Count}:").AppendLine();
        foreach (var row in report.Examples)
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"- {row}");
        }

        return text.ToString();
    }
}
