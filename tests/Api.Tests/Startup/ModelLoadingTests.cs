using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Mlops.Api.Tests.Fixtures;
using Mlops.Model;

namespace Mlops.Api.Tests.Startup;

/// <summary>A model that is missing or corrupt stops start-up with a critical log line naming the file.</summary>
public sealed class ModelLoadingTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mlops-api-model-{Guid.NewGuid():N}");

    [Fact]
    public void A_missing_model_folder_stops_start_up()
    {
        using var factory = new ModelApiFactory(_directory);

        var reason = StartUpFailure(factory);

        Assert.Contains(_directory, reason, StringComparison.Ordinal);
        Assert.Contains(ModelFiles.Card, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_booster_that_does_not_match_its_checksum_stops_start_up()
    {
        TestModel.CopyTo(_directory);
        File.AppendAllText(Path.Combine(_directory, ModelFiles.Booster), " ");
        using var factory = new ModelApiFactory(_directory);

        var reason = StartUpFailure(factory);

        Assert.Contains(ModelFiles.Booster, reason, StringComparison.Ordinal);
        Assert.Contains("corrupt", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_card_that_is_not_json_stops_start_up()
    {
        TestModel.CopyTo(_directory);
        File.WriteAllText(Path.Combine(_directory, ModelFiles.Card), "not json");
        using var factory = new ModelApiFactory(_directory);

        var reason = StartUpFailure(factory);

        Assert.Contains(ModelFiles.Card, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("schemaVersion", 99, "schemaVersion' is 99")]
    [InlineData("version", "", "version' is missing or empty")]
    [InlineData("modelId", " ", "modelId' is missing or empty")]
    public void A_card_with_an_unknown_schema_or_no_identity_stops_start_up(string field, object value, string message)
    {
        TestModel.CopyTo(_directory);
        var cardPath = Path.Combine(_directory, ModelFiles.Card);
        var card = JsonNode.Parse(File.ReadAllText(cardPath))!.AsObject();
        card[field] = JsonValue.Create(value);
        File.WriteAllText(cardPath, card.ToJsonString());
        using var factory = new ModelApiFactory(_directory);

        var reason = StartUpFailure(factory);

        Assert.Contains(cardPath, reason, StringComparison.Ordinal);
        Assert.Contains(message, reason, StringComparison.Ordinal);
    }

    private static string StartUpFailure(ModelApiFactory factory)
    {
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var critical = factory.Logs.Entries.Where(e => e.Level == LogLevel.Critical).Select(e => e.Message).ToList();
        return Assert.Single(critical);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
