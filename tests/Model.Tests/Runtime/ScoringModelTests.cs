namespace Mlops.Model.Tests.Runtime;

public sealed class ScoringModelTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("model-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Loads_a_model_folder_and_scores_a_record_as_the_booster_scores_its_encoding()
    {
        TinyModel.Write(_folder, threshold: 0.4);
        var model = ScoringModel.LoadDirectory(_folder);
        var record = TinyModel.Record(12, "basic", autopay: false);
        var features = new float[model.Preprocessing.FeatureCount];
        model.Preprocessing.Transform(record, features);

        var prediction = model.Predict(record);

        Assert.Equal(model.Ensemble.PredictProbability(features), prediction.Probability);
        Assert.Equal(prediction.Probability >= 0.4, prediction.Label);
        Assert.Equal(0.4, prediction.Threshold);
        Assert.Equal("Tests.TinyModel", model.Card.ModelId);
    }

    [Fact]
    public void The_toy_model_learned_its_problem()
    {
        TinyModel.Write(_folder);
        var model = ScoringModel.LoadDirectory(_folder);

        var risky = model.PredictProbability(TinyModel.Record(5, "basic", autopay: false));
        var safe = model.PredictProbability(TinyModel.Record(90, "premium", autopay: true));

        Assert.True(risky > safe + 0.3, $"risky {risky}, safe {safe}");
    }

    [Fact]
    public void A_changed_booster_is_refused_as_corrupt_naming_the_file()
    {
        TinyModel.Write(_folder);
        File.AppendAllText(Path.Combine(_folder, ModelFiles.Booster), " ");

        var error = Assert.Throws<ModelLoadException>(() => ScoringModel.LoadDirectory(_folder));

        Assert.Contains(ModelFiles.Booster, error.Message, StringComparison.Ordinal);
        Assert.Contains("corrupt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        TinyModel.Write(_folder);
        File.Delete(Path.Combine(_folder, ModelFiles.Preprocessing));

        var error = Assert.Throws<ModelLoadException>(() => ScoringModel.LoadDirectory(_folder));

        Assert.Contains($"has no {ModelFiles.Preprocessing}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scoring_one_record_allocates_nothing_after_warm_up()
    {
        TinyModel.Write(_folder);
        var model = ScoringModel.LoadDirectory(_folder);
        var record = TinyModel.Record(50, "premium", autopay: true);
        model.Predict(record);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            model.Predict(record);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Without_a_packed_model_the_packaged_entry_point_says_how_one_gets_there()
    {
        var error = Assert.Throws<ModelLoadException>(PackagedModel.Load);

        Assert.Contains("Pack task", error.Message, StringComparison.Ordinal);
    }
}
