using Cake.Core.Diagnostics;

namespace Cake.Frosting.Tests.Host;

public sealed class HostOptionsTests
{
    [Fact]
    public void Defaults_to_the_Default_target_at_normal_verbosity()
    {
        var options = HostOptions.Parse([]);

        Assert.Equal("Default", options.Target);
        Assert.Equal(Verbosity.Normal, options.Verbosity);
        Assert.False(options.DryRun);
    }

    [Fact]
    public void Reads_both_name_value_forms_and_bare_flags()
    {
        var options = HostOptions.Parse(["--target", "Release", "--verbosity=diagnostic", "--dryrun", "--reason=late data"]);

        Assert.Equal("Release", options.Target);
        Assert.Equal(Verbosity.Diagnostic, options.Verbosity);
        Assert.True(options.DryRun);
        Assert.Equal("late data", options.Arguments["reason"].Single());
    }

    [Fact]
    public void A_positional_argument_is_rejected_with_the_expected_form()
    {
        var error = Assert.Throws<ArgumentException>(() => HostOptions.Parse(["Release"]));

        Assert.Contains("--name=value", error.Message, StringComparison.Ordinal);
    }
}
