using System.Net;
using System.Text;
using Mlops.Build.Integrations.Smoke;

namespace Mlops.Build.Tests.Smoke;

public sealed class SmokeTestRunnerTests
{
    private static readonly Uri Base = new("http://127.0.0.1:5999/");

    private static readonly SmokeTestSuite Suite = SmokeTestSuite.Load(RepositoryRoot.Combine("api", "smoke-tests.json"));

    [Fact]
    public void The_repository_QC_file_is_written_for_the_repository_model_and_covers_prediction_and_bad_input()
    {
        using var spec = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("model", "spec.json")));

        Assert.Equal(spec.RootElement.GetProperty("modelId").GetString(), Suite.ModelId);
        Assert.Contains(Suite.Tests, t => t.Path == "/predict" && t.ExpectStatus == 200);
        Assert.Contains(Suite.Tests, t => t.Path == "/predict" && t.ExpectStatus == 400);
        Assert.All(Suite.Tests, t => Assert.Equal(RepositoryRoot.Combine("api", "smoke-tests.json"), t.Origin));
    }

    [Fact]
    public async Task A_healthy_api_passes_every_test()
    {
        var results = await Run(HealthyApi("1.2.3"), "1.2.3");

        Assert.All(results, r => Assert.True(r.Passed, r.Describe()));
        SmokeReport.ThrowOnFailure(results, Base);
    }

    [Fact]
    public async Task The_wrong_version_fails_naming_the_test_the_request_and_the_answer()
    {
        var results = await Run(HealthyApi("1.2.2"), "1.2.3");

        var error = Assert.Throws<SmokeTestException>(() => SmokeReport.ThrowOnFailure(results, Base));
        Assert.Contains($"'the card shows a useful model' ({RepositoryRoot.Combine("api", "smoke-tests.json")})", error.Message, StringComparison.Ordinal);
        Assert.Contains("GET /model", error.Message, StringComparison.Ordinal);
        Assert.Contains("edit that file", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"1.2.2\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected \"1.2.3\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_probability_outside_its_range_and_a_wrong_status_fail()
    {
        var results = await Run(request => request.RequestUri!.AbsolutePath == "/predict"
            ? Json(HttpStatusCode.OK, """{"probability": 1.7, "label": true, "threshold": 0.5, "modelVersion": "1.0.0"}""")
            : Json(HttpStatusCode.ServiceUnavailable, "{}"), "1.0.0");

        var predict = results.Single(r => r.Test.Name == "a typical customer is scored");
        Assert.Contains(predict.Problems, p => p.Contains("'probability' is 1.7, outside [0, 1]", StringComparison.Ordinal));
        Assert.Contains(results.Single(r => r.Test.Path == "/model").Problems, p => p == "status 503, expected 200");
    }

    [Fact]
    public async Task An_api_that_does_not_answer_fails_with_the_reason()
    {
        var results = await Run(_ => throw new HttpRequestException("Connection refused (127.0.0.1:5999)"), "1.0.0");

        Assert.All(results, r => Assert.Contains("Connection refused", r.Problems.Single(), StringComparison.Ordinal));
        Assert.Contains("FAIL", SmokeReport.Table(results), StringComparison.Ordinal);
    }

    private static Func<HttpRequestMessage, HttpResponseMessage> HealthyApi(string version) => request => request.RequestUri!.AbsolutePath switch
    {
        "/health" => Json(HttpStatusCode.OK, $$"""{"status": "healthy", "modelVersion": "{{version}}"}"""),
        "/ready" => Json(HttpStatusCode.OK, """{"status": "ready"}"""),
        "/model" => Json(HttpStatusCode.OK, $$$"""{"version": "{{{version}}}", "metrics": {"roc_auc": {"value": 0.86} } }"""),
        "/predict" when request.Content!.ReadAsStringAsync().Result.Contains("fourteen", StringComparison.Ordinal) =>
            Json(HttpStatusCode.BadRequest, """{"title": "One or more validation errors occurred.", "errors": {"tenure_months": ["must be a number"]}}"""),
        "/predict" => Json(HttpStatusCode.OK, $$"""{"probability": 0.31, "label": false, "threshold": 0.42, "modelVersion": "{{version}}"}"""),
        _ => Json(HttpStatusCode.NotFound, "{}"),
    };

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static async Task<IReadOnlyList<SmokeTestResult>> Run(Func<HttpRequestMessage, HttpResponseMessage> answer, string version)
    {
        using var http = new HttpClient(new FakeHandler(answer));
        return await new SmokeTestRunner(http).RunAsync(Suite, Base, version, CancellationToken.None);
    }

    private sealed class FakeHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }
}
