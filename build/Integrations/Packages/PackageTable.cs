using System.Text;

namespace Mlops.Build.Integrations.Packages;

public static class PackageTable
{
    public static string Render(IReadOnlyList<PackageFreshness> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var width = rows.Select(r => r.Id.Length).Append("package".Length).Max() + 2;
        var text = new StringBuilder();
        text.Append("package".PadRight(width)).Append("ours".PadRight(12)).AppendLine("newest");
        foreach (var row in rows)
        {
            var newest = row.Newest ?? "(not found on the sources)";
            text.Append(row.Id.PadRight(width)).Append(row.Ours.PadRight(12)).Append(newest).AppendLine(row.IsOutdated ? "  <- outdated" : string.Empty);
        }

        return text.ToString();
    }
}
