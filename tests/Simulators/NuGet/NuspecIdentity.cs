using System.IO.Compression;
using System.Xml.Linq;

namespace Mlops.Simulators.NuGet;

/// <summary>Reads id and version from the .nuspec at the root of an uploaded package, as a feed does to validate a push.</summary>
internal static class NuspecIdentity
{
    public static (string Id, string Version)? TryRead(byte[] nupkg)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(nupkg), ZipArchiveMode.Read);
            var nuspec = zip.Entries.FirstOrDefault(e => !e.FullName.Contains('/', StringComparison.Ordinal) && e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
            if (nuspec is null)
            {
                return null;
            }

            using var stream = nuspec.Open();
            var metadata = XDocument.Load(stream).Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "metadata");
            var id = metadata?.Elements().FirstOrDefault(e => e.Name.LocalName == "id")?.Value;
            var version = metadata?.Elements().FirstOrDefault(e => e.Name.LocalName == "version")?.Value;
            return string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(version) ? null : (id, version);
        }
        catch (InvalidDataException)
        {
            return null;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
