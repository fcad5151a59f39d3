using System.Text.Json.Nodes;
using Mlops.Model.Scoring;
using Mlops.Model.Tests.XGBoost;
using Mlops.Model.Training.XGBoost;

namespace Mlops.Model.Tests.Scoring;

/// <summary>Unsupported or damaged model files fail on load with the offending JSON field named.</summary>
public sealed class TreeEnsembleFormatTests
{
    private static readonly string ValidModel = XGBoostTrainer.Train(
        SyntheticData.Generate(41, rows: 500, columns: 4, missingRate: 0.1),
        SyntheticData.Generate(42, rows: 200, columns: 4, missingRate: 0.1),
        new XGBoostParameters { Rounds = 3, MaxDepth = 3, NThread = 1 }).BoosterJson;

    [Fact]
    public void A_valid_model_loads_through_a_stream_too()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ValidModel));

        var ensemble = TreeEnsemble.Load(stream);

        Assert.Equal(4, ensemble.FeatureCount);
        Assert.Equal(3, ensemble.TreeCount);
    }

    [Fact]
    public void Another_objective_is_refused_naming_it()
    {
        var error = LoadEdited(learner => learner["objective"]!["name"] = "reg:squarederror");

        Assert.Contains("$.learner.objective.name", error.Message, StringComparison.Ordinal);
        Assert.Contains("reg:squarederror", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linear_booster_is_refused()
    {
        var error = LoadEdited(learner => learner["gradient_booster"]!["name"] = "gblinear");

        Assert.Contains("$.learner.gradient_booster.name", error.Message, StringComparison.Ordinal);
        Assert.Contains("gblinear", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_field_is_named_with_its_path()
    {
        var error = LoadEdited(learner => Trees(learner)[1]!.AsObject().Remove("split_conditions"));

        Assert.Contains("$.learner.gradient_booster.model.trees[1].split_conditions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_child_pointing_outside_its_tree_is_named()
    {
        var error = LoadEdited(learner => Trees(learner)[0]!["left_children"]![0] = 999);

        Assert.Contains("trees[0].left_children[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_split_on_an_unknown_feature_is_named()
    {
        var error = LoadEdited(learner => Trees(learner)[2]!["split_indices"]![0] = 7);

        Assert.Contains("trees[2].split_indices[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Categorical_splits_are_refused()
    {
        var error = LoadEdited(learner => Trees(learner)[0]!["split_type"]![0] = 1);

        Assert.Contains("trees[0].split_type", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_json_is_refused()
    {
        Assert.Throws<ModelFormatException>(() => TreeEnsemble.Load("{ \"learner\": "));
    }

    [Fact]
    public void A_row_shorter_than_the_model_needs_is_refused()
    {
        var ensemble = TreeEnsemble.Load(ValidModel);

        Assert.Throws<ArgumentException>(() => ensemble.PredictProbability(new float[3]));
    }

    private static JsonArray Trees(JsonNode learner) => learner["gradient_booster"]!["model"]!["trees"]!.AsArray();

    private static ModelFormatException LoadEdited(Action<JsonNode> edit)
    {
        var model = JsonNode.Parse(ValidModel)!;
        edit(model["learner"]!);
        return Assert.Throws<ModelFormatException>(() => TreeEnsemble.Load(model.ToJsonString()));
    }
}
