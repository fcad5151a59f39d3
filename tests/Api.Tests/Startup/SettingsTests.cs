using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Mlops.Api.Hosting;
using Mlops.Api.Tests.Fixtures;

namespace Mlops.Api.Tests.Startup;

/// <summary>
/// A setting out of range stops start-up with an error naming it. The app's services are started on a host of
/// the test's own: WebApplicationFactory loses the validation error to a race when start-up fails (dotnet/aspnetcore#33494).
/// </summary>
public sealed class SettingsTests
{
    [Theory]
    [InlineData("Api:MaxBatchSize", "0")]
    [InlineData("Api:MaxRequestBodyBytes", "-1")]
    [InlineData("Api:ShutdownDrainSeconds", "-1")]
    [InlineData("Api:ShutdownDrainSeconds", "60")]
    public async Task A_limit_out_of_its_range_stops_start_up_naming_the_setting(string setting, string value)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Model:Path"] = TestModel.Directory, [setting] = value });
        builder.Services.AddPredictionApi(builder.Configuration);
        await using var app = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(setting, exception.Message, StringComparison.Ordinal);
    }
}
