using System.IO.Compression;
using System.Text;
using NuGet.Packaging;
using NuGet.Packaging.Core;
using NuGet.Versioning;

namespace Mlops.Integrations.Tests.NuGetFeed;

/// <summary>Builds model packages the way Pack will: a booster and a model card as plain files under model/.</summary>
internal static class TestPackages
{
    public const string Id = "Mlops.Demo.Model";

    public static string Build(string folder, string version, string booster = "booster-a", string? commit = "0123abcd", double f1 = 0.81, bool commitInCard = true)
    {
        var builder = new PackageBuilder { Id = Id, Version = NuGetVersion.Parse(version), Description = "A model package for tests." };
        builder.Authors.Add("tests");
        builder.Repository = new RepositoryMetadata("git", "https://github.com/example/mlops", "main", commit ?? string.Empty);
        builder.Files.Add(PackageFile("model/booster.json", booster));
        builder.Files.Add(PackageFile("model/model-card.json", ModelCardJson(version, commitInCard ? commit : null, f1)));
        var path = System.IO.Path.Combine(folder, $"{Id}.{version}.{Guid.NewGuid():N}.nupkg");
        using var file = File.Create(path);
        builder.Save(file);
        return path;
    }

    /// <summary>
    /// A copy of the package as a feed hands it back after a repack or signing: new core-properties and a signature,
    /// the same files. Its zip bytes differ; its content does not.
    /// </summary>
    public static string Repack(string nupkgPath)
    {
        var copy = System.IO.Path.ChangeExtension(nupkgPath, ".repacked.nupkg");
        File.Copy(nupkgPath, copy);
        using var zip = ZipFile.Open(copy, ZipArchiveMode.Update);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("package/services/metadata/core-properties/", StringComparison.Ordinal)).ToList())
        {
            entry.Delete();
        }

        AddEntry(zip, $"package/services/metadata/core-properties/{Guid.NewGuid():N}.psmdcp", "<coreProperties />");
        AddEntry(zip, ".signature.p7s", "signature");
        return copy;
    }

    public static string ModelCardJson(string version, string? commit, double f1) =>
        $$"""
        {
          "version": "{{version}}",
          "gitCommit": {{(commit is null ? "null" : $"\"{commit}\"")}},
          "createdAt": "2026-11-01T10:00:00Z",
          "metrics": { "f1": { "value": {{f1.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "interval": [0.7, 0.9] }, "rocAuc": { "value": 0.9 } }
        }
        """;

    private static void AddEntry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(content);
    }

    private static PhysicalPackageFile PackageFile(string targetPath, string content) =>
        new(new MemoryStream(Encoding.UTF8.GetBytes(content))) { TargetPath = targetPath };
}
