using System.Xml.Linq;

namespace Mlops.Build.Integrations.Packages;

/// <summary>The package versions that Directory.Packages.props pins (central package management).</summary>
public static class CentralPackageVersions
{
    public static IReadOnlyList<PinnedPackage> Read(string propsFile)
    {
        var document = XDocument.Load(propsFile, LoadOptions.SetLineInfo);
        var properties = document.Descendants("PropertyGroup").Elements()
            .GroupBy(e => e.Name.LocalName)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.OrdinalIgnoreCase);
        return [.. document.Descendants("PackageVersion")
            .Select(e => new PinnedPackage(
                Attribute(e, "Include", propsFile),
                ExpandProperties(Attribute(e, "Version", propsFile), properties)))
            .OrderBy(p => p.Id, StringComparer.OrdinalIgnoreCase)];
    }

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
