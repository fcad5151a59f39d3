using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Mlops.Api.Tests.Fixtures;
using Mlops.Model.Cards;
using Mlops.Model;

namespace Mlops.Api.Tests.Browser;

public sealed class DashboardTests(DashboardPage dashboard) : IClassFixture<DashboardPage>
{
    private const string Record = """
        {"tenure_months": 12, "monthly_charges": 70.5, "total_charges": 846, "age": 41, "support_calls": 3,
         "avg_session_minutes": 22.5, "data_usage_gb": 12.5, "days_since_last_login": 9, "late_payments": 1,
         "contract": "month_to_month", "payment_method": "electronic_check", "internet_service": "fiber", "region": "north",
         "plan_tier": "basic", "paperless_billing": true, "has_partner": false, "auto_pay": false}
        """;

    private IPage Page => dashboard.Page;

    [Fact]
    public async Task Shows_the_same_facts_and_numbers_as_the_model_card()
    {
        var card = await CardAsync();

        Assert.Equal(card.ModelId, await Page.TextContentAsync("#model-id"));
        Assert.Equal(card.Version, await Page.TextContentAsync("#model-version"));
        Assert.Equal(card.GitCommit, await Page.GetAttributeAsync("#model-commit", "title"));
        Assert.Equal(card.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC", await Page.TextContentAsync("#model-created"));
        foreach (var (name, metric) in card.Metrics)
        {
            var row = Page.Locator($"tr[data-metric='{name}']");
            AssertShown(metric.Value, await row.Locator(".value").TextContentAsync());
            var interval = (await row.Locator(".interval").TextContentAsync())!.Split(" – ");
            AssertShown(metric.Lower, interval[0]);
            AssertShown(metric.Upper, interval[1]);
        }

        Assert.Equal(Count(card.ConfusionMatrix.TruePositives), await Page.TextContentAsync("#cm-tp"));
        Assert.Equal(Count(card.ConfusionMatrix.FalsePositives), await Page.TextContentAsync("#cm-fp"));
        Assert.Equal(Count(card.ConfusionMatrix.TrueNegatives), await Page.TextContentAsync("#cm-tn"));
        Assert.Equal(Count(card.ConfusionMatrix.FalseNegatives), await Page.TextContentAsync("#cm-fn"));
        Assert.Equal(card.Trainer, await Page.TextContentAsync("#model-trainer"));
        var parameters = await Page.TextContentAsync("#model-parameters");
        Assert.All(card.Parameters!.Value.EnumerateObject(), parameter => Assert.Contains($"{parameter.Name} {parameter.Value}", parameters, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Shows_the_cards_calibration_table()
    {
        var card = await CardAsync();

        var rows = Page.Locator("#calibration tr");

        Assert.NotEmpty(card.Calibration);
        Assert.Equal(card.Calibration.Count, await rows.CountAsync());
        for (var index = 0; index < card.Calibration.Count; index++)
        {
            var bin = card.Calibration[index];
            Assert.Equal(Count(bin.Rows), await rows.Nth(index).Locator(".rows").TextContentAsync());
            AssertShown(bin.MeanPredicted, await rows.Nth(index).Locator(".predicted").TextContentAsync());
            AssertShown(bin.ObservedRate, await rows.Nth(index).Locator(".observed").TextContentAsync());
        }
    }

    [Fact]
    public async Task Draws_the_roc_and_pr_curves_the_importance_the_score_histogram_and_a_chart_per_profiled_feature()
    {
        var card = await CardAsync();

        var drawn = await Page.EvaluateAsync<JsonElement>("""
            () => Object.values(Chart.instances).map(chart => {
              const canvas = chart.canvas;
              const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              return {
                id: canvas.id || canvas.closest('[data-column]').dataset.column,
                points: chart.data.datasets.reduce((sum, set) => sum + set.data.length, 0),
                painted: pixels.some((value, i) => i % 4 === 3 && value > 0),
              };
            })
            """);

        var charts = drawn.Deserialize<List<ChartSummary>>(JsonSerializerOptions.Web)!;
        var byId = charts.ToDictionary(c => c.Id);
        Assert.True(card.RocCurve.Count > 10, $"The pipeline's card has only {card.RocCurve.Count} ROC points");
        Assert.Equal(card.RocCurve.Count + 2, byId["roc-chart"].Points);
        Assert.Equal(card.PrCurve.Count + 2, byId["pr-chart"].Points);
        Assert.Equal(card.Features.Count, byId["importance-chart"].Points);
        Assert.All(card.Features, feature => Assert.True(byId[feature.Name].Points > 0, $"No profile chart for {feature.Name}"));
        Assert.Equal(card.ReferencePredictions!.Counts.Count, byId["predicted probability"].Points);
        Assert.All(charts, chart => Assert.True(chart.Painted, $"The canvas of {chart.Id} is blank"));
    }

    [Fact]
    public async Task The_form_sends_a_record_to_predict_and_shows_the_answer()
    {
        using var client = new HttpClient { BaseAddress = dashboard.Api.Address };
        using var expected = await client.PostJsonAsync("/predict", Record);
        var probability = (await expected.ReadJsonAsync()).GetProperty("probability").GetDouble();

        await FillAsync(JsonDocument.Parse(Record).RootElement);
        await Page.ClickAsync("#predict-form button[type=submit]");
        await Page.WaitForSelectorAsync("#answer:not([hidden])");

        AssertShown(probability, await Page.TextContentAsync("#answer-probability"));
        Assert.Equal(PipelineModel.Version, await Page.TextContentAsync("#answer-version"));
    }

    [Fact]
    public async Task The_form_shows_why_a_record_was_refused()
    {
        await Page.FillAsync("input[name=tenure_months]", "900");
        await Page.ClickAsync("#predict-form button[type=submit]");
        await Page.WaitForSelectorAsync("#answer-errors:not([hidden])");

        Assert.Contains("outside the allowed range", await Page.TextContentAsync("#answer-errors"), StringComparison.Ordinal);
    }

    [Fact]
    public void Loads_nothing_from_outside_the_api()
    {
        var origin = dashboard.Api.Address.GetLeftPart(UriPartial.Authority);

        Assert.NotEmpty(dashboard.Requests);
        Assert.All(dashboard.Requests, url => Assert.StartsWith(origin, url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Saves_a_screenshot_under_artifacts()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "artifacts", "screenshots", "dashboard.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await FillAsync(JsonDocument.Parse(Record).RootElement);
        await Page.ClickAsync("#predict-form button[type=submit]");
        await Page.WaitForSelectorAsync("#answer:not([hidden])");

        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });

        Assert.True(new FileInfo(path).Length > 10_000, $"The screenshot at {path} is suspiciously small.");
    }

    private async Task FillAsync(JsonElement record)
    {
        foreach (var property in record.EnumerateObject())
        {
            var selector = $"[name={property.Name}]";
            var value = property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? property.Value.GetRawText()
                : property.Value.ToString();
            if (await Page.EvaluateAsync<string>($"document.querySelector('{selector}').tagName") == "SELECT")
            {
                await Page.SelectOptionAsync(selector, value);
            }
            else
            {
                await Page.FillAsync(selector, value);
            }
        }
    }

    private async Task<ModelCard> CardAsync()
    {
        using var client = new HttpClient { BaseAddress = dashboard.Api.Address };
        return (await client.GetFromJsonAsync("/model", ModelJsonContext.Default.ModelCard))!;
    }

    // The page rounds to three decimals; the browser and .NET may round a tie in binary differently.
    private static void AssertShown(double expected, string? shown)
    {
        Assert.Matches(@"^\d+\.\d{3}$", shown);
        Assert.Equal(expected, double.Parse(shown!, CultureInfo.InvariantCulture), 0.0005);
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record ChartSummary(string Id, int Points, bool Painted);
}
