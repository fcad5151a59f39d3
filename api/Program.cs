using Microsoft.AspNetCore.Routing;
using Mlops.Api.Endpoints;
using Mlops.Api.Hosting;
using Mlops.Model;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPredictionApi(builder.Configuration);

var app = builder.Build();
app.UseExceptionHandler();
app.UseMiddleware<ClientErrorMiddleware>();
app.UseStatusCodePages();
app.UseStaticFiles();
app.MapHealth();
app.MapPredictions();
app.MapModelCard();
app.MapDashboard();
app.MapHistory();
app.MapOpenApi().WithMetadata(new HttpMethodMetadata(ReadMethods.GetAndHead));

try
{
    await app.RunAsync();
    return 0;
}
catch (ModelLoadException)
{
    // ModelLoader has logged why; the exit code tells the supervisor that this version cannot run.
    return 1;
}

/// <summary>The entry point, public so that tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
