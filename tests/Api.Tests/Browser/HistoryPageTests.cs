using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Mlops.Api.Tests.Fixtures;

namespace Mlops.Api.Tests.Browser;

public sealed class HistoryPageTests(HistoryPage history) : IClassFixture<HistoryPage>
{
    private IPage Page => history.Page;

    [Fact]
    public async Task Draws_each_monitored_metric_per_run_with_its_interval_and_the_specs_bound()
    {
        var chart = await Page.EvaluateAsync<JsonElement>("""
            () => {
              const chart = Chart.getChart(document.querySelector("figure[data-metric='roc_auc'] canvas"));
              const pixels = chart.canvas.getContext('2d').getImageData(0, 0, chart.canvas.width, chart.canvas.height).data;
              return {
                labels: chart.data.labels,
                sets: chart.data.datasets.map(set => ({ label: set.label, data: set.data })),
                painted: pixels.some((value, i) => i % 4 === 3 && value > 0),
              };
            }
            """);

        var sets = chart.GetProperty("sets").EnumerateArray().ToDictionary(set => set.GetProperty("label").GetString()!, set => set.GetProperty("data"));
        Assert.Equal(SeededHistory.Batches.Select(b => b.RocAuc), sets["value"].EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(SeededHistory.Batches.Select(b => (b.Lower, b.Upper)), sets["95% interval"].EnumerateArray().Select(v => (v[0].GetDouble(), v[1].GetDouble())));
        Assert.All(sets[$"min {SeededHistory.RocAucMin.ToString("0.000", CultureInfo.InvariantCulture)}"].EnumerateArray(), v => Assert.Equal(SeededHistory.RocAucMin, v.GetDouble()));
        Assert.Equal(SeededHistory.Batches.Count, chart.GetProperty("labels").GetArrayLength());
        Assert.True(chart.GetProperty("painted").GetBoolean(), "the roc_auc chart is blank");
    }

    [Fact]
    public async Task Marks_the_run_where_a_feature_drifted_and_no_other()
    {
        var tenure = await Page.Locator("tr[data-feature='tenure_months'] td").AllTextContentsAsync();
        var drifted = await Page.Locator("td.drifted").AllTextContentsAsync();

        Assert.Equal(["tenure_months", .. SeededHistory.Batches.Select(b => b.TenurePsi.ToString("0.000", CultureInfo.InvariantCulture))], tenure);
        Assert.Equal([SeededHistory.Batches[^1].TenurePsi.ToString("0.000", CultureInfo.InvariantCulture)], drifted);
    }

    [Fact]
    public async Task Lists_the_deployed_versions_per_environment_newest_first()
    {
        var rows = await Page.Locator("#deployments tr").EvaluateAllAsync<string[][]>("rows => rows.map(r => [...r.cells].slice(0, 2).map(c => c.textContent))");

        Assert.Equal([["staging", "1.1.0"], ["production", "1.0.0"], ["staging", "1.0.0"]], rows);
    }

    [Fact]
    public void Loads_nothing_from_outside_the_api()
    {
        var origin = history.Api.Address.GetLeftPart(UriPartial.Authority);

        Assert.Contains(history.Requests, url => url.EndsWith("/history", StringComparison.Ordinal));
        Assert.All(history.Requests, url => Assert.StartsWith(origin, url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Saves_a_screenshot_under_artifacts()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "artifacts", "screenshots", "history.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });

        Assert.True(new FileInfo(path).Length > 10_000, $"The screenshot at {path} is suspiciously small.");
        Assert.True(await Page.Locator("#load-error").IsHiddenAsync(), await Page.TextContentAsync("#load-error"));
    }
}
