namespace Mlops.Build.Tests.Training;

public sealed class TrainingChoiceTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("local", false)]
    [InlineData("remote", true)]
    public void The_training_argument_chooses_where_the_model_is_trained(string? value, bool remote) =>
        Assert.Equal(remote, TrainingChoice.IsRemote(value));

    [Fact]
    public void Another_value_fails_naming_the_argument_and_the_choices()
    {
        var error = Assert.Throws<ArgumentException>(() => TrainingChoice.IsRemote("databricks"));

        Assert.Contains("--training=databricks", error.Message, StringComparison.Ordinal);
        Assert.Contains("local", error.Message, StringComparison.Ordinal);
        Assert.Contains("remote", error.Message, StringComparison.Ordinal);
    }
}
