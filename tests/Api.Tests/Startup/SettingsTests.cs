using Microsoft.Extensions.Options;
using Mlops.Api.Tests.Fixtures;

namespace Mlops.Api.Tests.Startup;

public sealed class SettingsTests
{
    [Theory]
    [InlineData("Api:MaxBatchSize", "0")]
    [InlineData("Api:MaxRequestBodyBytes", "-1")]
    public void A_limit_below_one_stops_start_up_naming_the_setting(string setting, string value)
    {
        using var factory = new ModelApiFactory(TestModel.Directory, new Dictionary<string, string> { [setting] = value });

        var exception = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(setting, exception.Message, StringComparison.Ordinal);
    }
}
