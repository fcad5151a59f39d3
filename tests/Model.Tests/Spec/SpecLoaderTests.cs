using Mlops.Model.Features;
using Mlops.Model.Tests.Data;
using Mlops.Model.Training.Spec;
using Mlops.Model.Training.MlNet;
using Mlops.Model.Training.Trainers;

namespace Mlops.Model.Tests.Spec;

public sealed class SpecLoaderTests
{
    [Fact]
    public void The_repository_spec_loads_with_its_declared_values()
    {
        var spec = SpecLoader.Load(RepositoryFiles.PathOf("model/spec.json"));

        Assert.Equal(ModelSpec.DefaultModelId, spec.ModelId);
        Assert.Equal(DataSourceSpec.DefaultPath, spec.Data.Path);
        Assert.Equal("churned", spec.Target.Column);
        Assert.Contains(spec.Columns, column => column.Name == "contract" && column.Kind == FeatureKind.Categorical);
        Assert.Equal(ThresholdStrategy.MaxF1, spec.Threshold.Strategy);
    }

    [Fact]
    public void Omitted_sections_take_their_defaults()
    {
        var spec = Specs.Parse(Specs.ThreeColumns);

        Assert.Equal(BadRowPolicy.Fail, spec.Data.BadRows);
        Assert.Equal(0.2, spec.Split.TestFraction);
        Assert.True(spec.Split.Stratified);
        Assert.Equal(400, spec.XGBoost.Rounds);
    }

    [Fact]
    public void An_unknown_key_is_named_with_its_path()
    {
        var json = Specs.ThreeColumns.Replace("\"positiveClass\": \"yes\"", "\"positiveClass\": \"yes\", \"postiveClass\": \"no\"", StringComparison.Ordinal);

        var error = Assert.Throws<SpecException>(() => Specs.Parse(json));

        Assert.Equal("$.target.postiveClass", error.JsonPath);
        Assert.Contains("unknown key", error.Message, StringComparison.Ordinal);
        Assert.Contains("positiveClass", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan", "an input column")]
    [InlineData("label", "the target")]
    public void A_split_key_must_be_a_column_of_its_own(string key, string problem)
    {
        var json = Specs.ThreeColumns.Replace("\"target\"", $"\"split\": {{ \"key\": \"{key}\" }},\n  \"target\"", StringComparison.Ordinal);

        var error = Assert.Throws<SpecException>(() => Specs.Parse(json));

        Assert.Equal("$.split.key", error.JsonPath);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_type_names_the_path_and_what_was_expected()
    {
        var json = Specs.ThreeColumns.Replace("\"min\": 0", "\"min\": \"zero\"", StringComparison.Ordinal);

        var error = Assert.Throws<SpecException>(() => Specs.Parse(json));

        Assert.Equal("$.columns[0].range.min", error.JsonPath);
        Assert.Contains("expected a number", error.Message, StringComparison.Ordinal);
        Assert.Contains("test-spec.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_type_lists_the_allowed_ones()
    {
        var json = Specs.ThreeColumns.Replace("\"type\": \"boolean\"", "\"type\": \"bool\"", StringComparison.Ordinal);

        var error = Assert.Throws<SpecException>(() => Specs.Parse(json));

        Assert.Equal("$.columns[2].type", error.JsonPath);
        Assert.Contains("\"boolean\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_target_is_reported()
    {
        var json = Specs.ThreeColumns.Replace("\"target\": { \"column\": \"label\", \"positiveClass\": \"yes\" }", "\"modelId\": \"X\"", StringComparison.Ordinal);

        var error = Assert.Throws<SpecException>(() => Specs.Parse(json));

        Assert.Equal("$.target", error.JsonPath);
    }

    [Fact]
    public void A_fixed_threshold_needs_a_value_between_0_and_1()
    {
        var json = Specs.ThreeColumns.Replace("\"target\":", "\"threshold\": { \"strategy\": \"fixed\", \"value\": 1.5 }, \"target\":", StringComparison.Ordinal);

        var error = Assert.Throws<SpecException>(() => Specs.Parse(json));

        Assert.Equal("$.threshold.value", error.JsonPath);
    }

    [Fact]
    public void Fractions_that_leave_too_little_for_training_are_refused()
    {
        var json = Specs.ThreeColumns.Replace("\"target\":", "\"split\": { \"test\": 0.5, \"validation\": 0.45 }, \"target\":", StringComparison.Ordinal);

        var error = Assert.Throws<SpecException>(() => Specs.Parse(json));

        Assert.Equal("$.split", error.JsonPath);
    }

    [Fact]
    public void Gates_and_monitoring_sections_are_accepted_for_their_own_steps()
    {
        var json = Specs.ThreeColumns.Replace("\"target\":", "\"gates\": { \"thresholds\": [ { \"metric\": \"roc_auc\", \"min\": 0.7 } ] }, \"monitoring\": { \"minimumRows\": 100 }, \"target\":", StringComparison.Ordinal);

        var spec = Specs.Parse(json);

        Assert.NotNull(spec.Gates);
        Assert.NotNull(spec.Monitoring);
    }

    [Fact]
    public void XGBoost_parameters_use_XGBoosts_names()
    {
        var json = Specs.ThreeColumns.Replace("\"target\":", "\"xgboost\": { \"max_depth\": 3, \"eta\": 0.3, \"early_stopping_rounds\": 5 }, \"target\":", StringComparison.Ordinal);

        var spec = Specs.Parse(json);

        Assert.Equal(3, spec.XGBoost.MaxDepth);
        Assert.Equal(0.3, spec.XGBoost.Eta);
        Assert.Equal(5, spec.XGBoost.EarlyStoppingRounds);
    }

    [Fact]
    public void The_repository_spec_trains_with_an_MlNet_family()
    {
        var spec = SpecLoader.Load(RepositoryFiles.PathOf("model/spec.json"));

        Assert.NotEqual(TrainerFamily.XGBoost, spec.Trainer);
    }

    [Fact]
    public void The_trainer_family_and_its_own_section_are_read()
    {
        var json = Specs.ThreeColumns.Replace("\"target\":", "\"trainer\": \"fasttree\", \"fasttree\": { \"num_leaves\": 8, \"learning_rate\": 0.2 }, \"target\":", StringComparison.Ordinal);

        var spec = Specs.Parse(json);

        Assert.Equal(TrainerFamily.FastTree, spec.Trainer);
        Assert.Equal(8, spec.FastTree.NumLeaves);
        Assert.Same(spec.FastTree, spec.TrainerParameters);
        Assert.Equal(new MlNetParameters().NumLeaves, spec.LightGbm.NumLeaves);
    }

    [Fact]
    public void An_unknown_trainer_lists_the_families()
    {
        var json = Specs.ThreeColumns.Replace("\"target\":", "\"trainer\": \"catboost\", \"target\":", StringComparison.Ordinal);

        var error = Assert.Throws<SpecException>(() => Specs.Parse(json));

        Assert.Equal("$.trainer", error.JsonPath);
        Assert.Contains("\"lightgbm\", \"fasttree\", \"xgboost\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trainer_parameter_out_of_range_names_its_path()
    {
        var json = Specs.ThreeColumns.Replace("\"target\":", "\"lightgbm\": { \"num_leaves\": 1 }, \"target\":", StringComparison.Ordinal);

        var error = Assert.Throws<SpecException>(() => Specs.Parse(json));

        Assert.Equal("$.lightgbm.num_leaves", error.JsonPath);
    }

    [Fact]
    public void What_only_the_schema_says_is_checked_against_the_schema()
    {
        var json = Specs.ThreeColumns.Replace("\"data\":", "\"modelId\": \"not a package id!\", \"data\":", StringComparison.Ordinal);

        var error = Assert.Throws<SpecException>(() => Specs.Parse(json));

        Assert.Equal("$.modelId", error.JsonPath);
        Assert.Contains("spec.schema.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_set_to_null_takes_its_default_for_the_schema_too()
    {
        var json = Specs.ThreeColumns.Replace("\"target\":", "\"split\": { \"key\": null }, \"trainer\": null, \"target\":", StringComparison.Ordinal);

        var spec = Specs.Parse(json);

        Assert.Null(spec.Split.Key);
        Assert.Equal(TrainerFamily.LightGbm, spec.Trainer);
    }

    [Fact]
    public void A_wrong_gate_metric_fails_when_the_spec_loads()
    {
        var json = Specs.ThreeColumns.Replace("\"target\":", "\"gates\": { \"thresholds\": [ { \"metric\": \"auc\", \"min\": 0.7 } ] }, \"target\":", StringComparison.Ordinal);

        var error = Assert.Throws<SpecException>(() => Specs.Parse(json));

        Assert.Equal("$.gates.thresholds[0].metric", error.JsonPath);
    }
}
