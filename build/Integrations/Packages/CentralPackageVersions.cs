using System.Xml.Linq;

namespace Mlops.Build.Integrations.Packages;

/// <summary>The package versions that Directory.Packages.props pins (central package management).</summary>
public static class CentralPackageVersions
{
    /// <param name="downloadFiles">Files whose PackageDownload items pin packages outside the graph (Cake.Tool), with
    /// versions like "[$(CakeToolVersion)]" that name a property of <paramref name="propsFile"/>.</param>
    public static IReadOnlyList<PinnedPackage> Read(string propsFile, params string[] downloadFiles)
    {
        var document = XDocument.Load(propsFile, LoadOptions.SetLineInfo);
        var properties = Properties(document);
        var downloads = downloadFiles.SelectMany(file => Pinned(XDocument.Load(file, LoadOptions.SetLineInfo), "PackageDownload", file, properties));
        return [.. Pinned(document, "PackageVersion", propsFile, properties)
            .Concat(downloads)
            .OrderBy(p => p.Id, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>A property's value, e.g. TargetFramework in Directory.Build.props.</summary>
    public static string ReadProperty(string propsFile, string name) =>
        Properties(XDocument.Load(propsFile)).TryGetValue(name, out var value)
            ? value
            : throw new InvalidDataException($"{propsFile} sets no {name}.");

    private static IEnumerable<PinnedPackage> Pinned(XDocument document, string itemName, string file, Dictionary<string, string> properties) =>
        document.Descendants(itemName).Select(e => new PinnedPackage(
            Attribute(e, "Include", file),
            ExpandProperties(Attribute(e, "Version", file).Trim('[', ']'), properties)));

    private static Dictionary<string, string> Properties(XDocument document) =>
        document.Descendants("PropertyGroup").Elements()
            .GroupBy(e => e.Name.LocalName)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.OrdinalIgnoreCase);

    private static string Attribute(XElement element, string name, string file) =>
        element.Attribute(name)?.Value
        ?? throw new InvalidDataException($"{file}({((System.Xml.IXmlLineInfo)element).LineNumber}): a PackageVersion has no {name}.");

    // Versions may name an MSBuild property, e.g. Version="$(CakeToolVersion)".
    private static string ExpandProperties(string value, Dictionary<string, string> properties) =>
        value.StartsWith("$(", StringComparison.Ordinal) && value.EndsWith(')') && properties.TryGetValue(value[2..^1], out var resolved)
            ? resolved
            : value;
}

public sealed record PinnedPackage(string Id, string Version);
