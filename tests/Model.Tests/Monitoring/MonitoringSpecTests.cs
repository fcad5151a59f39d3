using Mlops.Model.Training.Monitoring;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Tests.Monitoring;

public sealed class MonitoringSpecTests
{
    private const string Minimal = """
        { "columns": [ { "name": "x", "type": "numeric" } ], "target": { "column": "y", "positiveClass": "1" } MONITORING }
        """;

    [Fact]
    public void Without_a_monitoring_section_every_limit_has_its_default()
    {
        var spec = SpecLoader.Parse(Minimal.Replace("MONITORING", string.Empty, StringComparison.Ordinal), "spec.json");

        Assert.Equal(new MonitoringSpec().MinimumRows, spec.Monitoring.MinimumRows);
        Assert.Equal(AlertRule.EveryBreach, spec.Monitoring.Alert);
        Assert.NotEmpty(spec.Monitoring.Metrics);
    }

    [Fact]
    public void The_section_sets_metric_bounds_drift_limits_and_the_alert_rule()
    {
        var spec = Parse("""
            { "minimumRows": 50, "metrics": { "f1": { "min": 0.4 }, "brier": { "max": 0.2 } },
              "drift": { "psi": 0.3, "largeSampleRows": 800 }, "alert": { "breaches": 2, "runs": 3 } }
            """);

        Assert.Equal(50, spec.MinimumRows);
        Assert.Equal(["f1", "brier"], spec.Metrics.Select(m => m.Metric));
        Assert.Equal(0.4, spec.Metrics[0].Min);
        Assert.Equal(0.2, spec.Metrics[1].Max);
        Assert.Equal(0.3, spec.Drift.Psi);
        Assert.Equal(800, spec.Drift.LargeSampleRows);
        Assert.Equal(new DriftLimits().KsPValue, spec.Drift.KsPValue);
        Assert.Equal(new AlertRule(2, 3), spec.Alert);
    }

    [Fact]
    public void The_section_sets_the_close_rule_the_class_minimum_and_the_declaration_limits()
    {
        var spec = Parse("""
            { "minimumPerClass": 25, "close": { "healthy": 2, "runs": 4 }, "quality": { "invalidShare": 0.05, "pValue": 0.001 } }
            """);

        Assert.Equal(25, spec.MinimumPerClass);
        Assert.Equal(new CloseRule(2, 4), spec.Close);
        Assert.Equal(0.05, spec.Quality.InvalidShare);
        Assert.Equal(0.001, spec.Quality.PValue);
    }

    [Theory]
    [InlineData("""{ "close": { "healthy": 3, "runs": 2 } }""", "$.monitoring.close.healthy", "at most runs")]
    [InlineData("""{ "minimumPerClass": 0 }""", "$.monitoring.minimumPerClass", "positive integer")]
    [InlineData("""{ "drift": { "psl": 0.2 } }""", "$.monitoring.drift.psl", "unknown key")]
    [InlineData("""{ "metrics": { "auc": { "min": 0.7 } } }""", "$.monitoring.metrics.auc", "unknown metric")]
    [InlineData("""{ "metrics": { "f1": { } } }""", "$.monitoring.metrics.f1", "needs")]
    [InlineData("""{ "drift": { "ksPValue": 5 } }""", "$.monitoring.drift.ksPValue", "between 0 and 1")]
    [InlineData("""{ "minimumRows": "many" }""", "$.monitoring.minimumRows", "expected an integer")]
    [InlineData("""{ "alert": { "breaches": 3, "runs": 2 } }""", "$.monitoring.alert.breaches", "at most runs")]
    public void A_bad_value_names_its_json_path(string section, string path, string problem)
    {
        var error = Assert.Throws<SpecException>(() => Parse(section));

        Assert.Equal(path, error.JsonPath);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repository_spec_has_a_monitoring_section_that_loads()
    {
        var spec = SpecLoader.Load(RepositoryFiles.PathOf("model/spec.json"));

        Assert.Contains(spec.Monitoring.Metrics, m => m.Metric == "roc_auc");
    }

    private static MonitoringSpec Parse(string section) =>
        SpecLoader.Parse(Minimal.Replace("MONITORING", $", \"monitoring\": {section}", StringComparison.Ordinal), "spec.json").Monitoring;
}
