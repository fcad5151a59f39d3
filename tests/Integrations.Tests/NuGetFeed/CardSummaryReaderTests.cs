using System.Text;
using Mlops.Build.Integrations.NuGetFeed;

namespace Mlops.Integrations.Tests.NuGetFeed;

/// <summary>The card format is owned by the packaging code, so the registry must read what it can and skip the rest.</summary>
public sealed class CardSummaryReaderTests
{
    [Fact]
    public void ReadsCommitUnderEitherNameAndMetricsAsObjectsOrNumbers()
    {
        var card = Read("""{ "commit": "abc", "metrics": { "f1": { "value": 0.8 }, "logLoss": 0.4, "note": "text", "bad": { "value": "x" } } }""");

        Assert.Equal("abc", card.Commit);
        Assert.Equal(new Dictionary<string, double> { ["f1"] = 0.8, ["logLoss"] = 0.4 }, card.Metrics);
    }

    [Fact]
    public void MissingOrOddFieldsAreNull()
    {
        var card = Read("""{ "version": 3, "createdAt": "not a date", "metrics": [] }""");

        Assert.Null(card.Version);
        Assert.Null(card.CreatedAt);
        Assert.Null(card.Commit);
        Assert.Empty(card.Metrics);
    }

    [Fact]
    public void InvalidJsonNamesTheCard()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read("{ not json"));

        Assert.Contains("model/model-card.json", error.Message, StringComparison.Ordinal);
    }

    private static CardSummary Read(string json) => CardSummaryReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "model/model-card.json");
}
