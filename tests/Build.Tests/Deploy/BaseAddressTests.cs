using Mlops.Build.Integrations.Deploy;

namespace Mlops.Build.Tests.Deploy;

public sealed class BaseAddressTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8002", "http://127.0.0.1:8002/health")]
    [InlineData("https://churn.up.railway.app/", "https://churn.up.railway.app/health")]
    [InlineData("https://example.com/churn-api", "https://example.com/churn-api/health")]
    public void Relative_paths_extend_the_base_address(string text, string health)
    {
        Assert.Equal(new Uri(health), new Uri(BaseAddress.Parse(text, "--url"), "health"));
    }

    [Theory]
    [InlineData(null, "--url is required")]
    [InlineData(" ", "--url is required")]
    [InlineData("127.0.0.1:8002", "--url must be an absolute http(s) address")]
    [InlineData("ftp://host/", "--url must be an absolute http(s) address")]
    public void A_missing_or_bad_address_is_an_error_naming_the_argument(string? text, string message)
    {
        var failure = Assert.Throws<ArgumentException>(() => BaseAddress.Parse(text, "--url"));

        Assert.StartsWith(message, failure.Message, StringComparison.Ordinal);
    }
}
