using NuGet.Packaging;
using NuGet.Packaging.Core;

namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>Reading a .nupkg from disk: its identity and its files.</summary>
internal static class PackageExtraction
{
    public static PackageIdentity ReadIdentity(string nupkgPath)
    {
        if (!File.Exists(nupkgPath))
        {
            throw new FileNotFoundException($"No package at '{nupkgPath}'.", nupkgPath);
        }

        try
        {
            using var reader = new PackageArchiveReader(nupkgPath);
            return reader.GetIdentity();
        }
        catch (Exception exception) when (exception is InvalidDataException or PackagingException or System.Xml.XmlException)
        {
            throw new InvalidDataException($"'{nupkgPath}' is not a valid NuGet package: {exception.Message}", exception);
        }
    }

    /// <summary>Copies every file of the package under <paramref name="folder"/>, refusing entries that would land outside it.</summary>
    public static void ExtractAll(string nupkgPath, string folder)
    {
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        using var reader = new PackageArchiveReader(nupkgPath);
        foreach (var file in reader.GetFiles())
        {
            var target = Path.GetFullPath(Path.Combine(root, file));
            if (!target.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"'{nupkgPath}' holds an entry outside the package folder: '{file}'.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var source = reader.GetStream(file);
            using var destination = File.Create(target);
            source.CopyTo(destination);
        }
    }
}
