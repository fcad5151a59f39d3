namespace Mlops.Build.Tests.Training;

public sealed class TrainingChoiceTests
{
    [Theory]
    [InlineData(null, "Release", false)]
    [InlineData("local", "Release", false)]
    [InlineData("remote", "Release", true)]
    [InlineData(null, "TrainRemote", true)]
    [InlineData(null, "trainremote", true)]
    [InlineData("local", "TrainRemote", false)]
    public void The_training_argument_or_the_TrainRemote_target_chooses_where_the_model_is_trained(string? value, string target, bool remote) =>
        Assert.Equal(remote, TrainingChoice.IsRemote(value, target));

    [Fact]
    public void Another_value_fails_naming_the_argument_and_the_choices()
    {
        var error = Assert.Throws<ArgumentException>(() => TrainingChoice.IsRemote("databricks", "Release"));

        Assert.Contains("--training=databricks", error.Message, StringComparison.Ordinal);
        Assert.Contains("local", error.Message, StringComparison.Ordinal);
        Assert.Contains("remote", error.Message, StringComparison.Ordinal);
    }
}
