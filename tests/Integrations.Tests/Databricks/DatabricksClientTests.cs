using System.Net;
using System.Text.Json.Nodes;
using Mlops.Build.Integrations.Http;
using Mlops.Simulators.Databricks;

namespace Mlops.Integrations.Tests.Databricks;

public sealed class DatabricksClientTests : DatabricksHarness
{
    [Fact]
    public async Task An_unknown_run_is_reported_as_not_found_despite_the_400()
    {
        var error = await Assert.ThrowsAsync<ServiceException>(() => Client.GetRunAsync(424242));

        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Contains("run 424242 not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("Run 424242 does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_500_is_not_retried_and_names_the_call_status_and_message()
    {
        Simulator.Inject(DatabricksFault.InternalError("POST", "/api/2.1/jobs/create"));

        var error = await Assert.ThrowsAsync<ServiceException>(() => Client.CreateJobAsync(new JsonObject { ["name"] = "train" }));

        Assert.Equal(1, Simulator.CountRequests("POST", "/api/2.1/jobs/create"));
        Assert.Equal("Databricks: create job failed with 500 InternalServerError: INTERNAL_ERROR: An internal error occurred.", error.Message);
        Assert.Empty(Simulator.Workspace.Jobs);
    }

    [Fact]
    public async Task A_503_is_retried_with_back_off()
    {
        Simulator.Inject(DatabricksFault.Unavailable("GET", "/api/2.0/repos", times: 2));

        var repos = await Client.ListReposAsync("/Repos/acme");

        Assert.Empty(repos);
        Assert.Equal(3, Simulator.CountRequests("GET", "/api/2.0/repos"));
        Assert.Equal(2, Waits.Count);
    }

    [Fact]
    public async Task A_missing_file_fails_naming_its_path()
    {
        var error = await Assert.ThrowsAsync<ServiceException>(() => Client.DownloadFileAsync("/Volumes/main/mlops/models/x/booster.json"));

        Assert.Equal(HttpStatusCode.NotFound, error.Status);
        Assert.Contains("download /Volumes/main/mlops/models/x/booster.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("RESOURCE_DOES_NOT_EXIST", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_token_is_a_401_and_the_token_never_appears_in_the_error()
    {
        using var client = CreateClient(Settings with { Token = "dapi-wrong-secret-value" });

        var error = await Assert.ThrowsAsync<ServiceException>(() => client.ListReposAsync("/Repos"));

        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Contains("UNAUTHENTICATED", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("dapi-wrong-secret-value", error.ToString(), StringComparison.Ordinal);
    }
}
