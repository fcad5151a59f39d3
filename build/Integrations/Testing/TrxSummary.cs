using System.Xml.Linq;

namespace Mlops.Build.Integrations.Testing;

/// <summary>The counts of every TRX file a test run wrote, added up: one closing line for the whole suite.</summary>
public sealed record TrxSummary(int Passed, int Failed, int Skipped)
{
    public static TrxSummary Read(string folder)
    {
        var counters = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.trx").Select(file => XDocument.Load(file).Descendants().First(e => e.Name.LocalName == "Counters")).ToList()
            : [];
        int Sum(string attribute) => counters.Sum(c => (int?)c.Attribute(attribute) ?? 0);
        return new TrxSummary(Sum("passed"), Sum("failed") + Sum("error") + Sum("timeout") + Sum("aborted"), Sum("notExecuted"));
    }

    /// <summary>"N passed, N failed, N skipped": the closing line CI reads.</summary>
    public override string ToString() => $"{Passed} passed, {Failed} failed, {Skipped} skipped";
}
