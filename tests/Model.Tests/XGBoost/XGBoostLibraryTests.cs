using Mlops.Model.Training.XGBoost;

namespace Mlops.Model.Tests.XGBoost;

public sealed class XGBoostLibraryTests
{
    [Fact]
    public void The_missing_library_message_lists_the_names_tried_and_the_install_command()
    {
        var message = XGBoostLibrary.MissingLibraryMessage(XGBoostLibrary.CandidateNames);

        foreach (var name in XGBoostLibrary.CandidateNames)
        {
            Assert.Contains(name, message, StringComparison.Ordinal);
        }

        Assert.Contains("sudo apt-get install libxgboost0", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_booster_round_trips_through_json()
    {
        var data = SyntheticData.Generate(seed: 3, rows: 300, columns: 4, missingRate: 0.2);
        var result = XGBoostTrainer.Train(data, data, new XGBoostParameters { Rounds = 5, NThread = 1 });

        using var booster = NativeBooster.LoadJson(result.BoosterJson);

        Assert.Equal(4, booster.FeatureCount);
        Assert.Equal(result.TreeCount, booster.BoostedRounds);
        Assert.Equal(result.BoosterJson, booster.SaveJson());
    }
}
