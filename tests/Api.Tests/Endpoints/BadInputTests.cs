using System.Net;
using System.Text;
using Mlops.Api.Tests.Fixtures;

namespace Mlops.Api.Tests.Endpoints;

/// <summary>Every kind of bad input gets a problem response naming the field, never a 500.</summary>
public sealed class BadInputTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("""{"monthly_charges": 70}""", "tenure_months", "is required")]
    [InlineData("""{"tenure_months": null}""", "tenure_months", "is required")]
    [InlineData("""{"tenure_months": "12"}""", "tenure_months", "must be a number; got a string")]
    [InlineData("""{"tenure_months": 12, "plan": 3}""", "plan", "must be a string (a category); got a number")]
    [InlineData("""{"tenure_months": 12, "autopay": 1}""", "autopay", "must be true or false; got a number")]
    [InlineData("""{"tenure_months": 12, "monthly_charges": [70]}""", "monthly_charges", "must be a number; got an array")]
    [InlineData("""{"tenure_months": 121}""", "tenure_months", "outside the allowed range [0, 120]")]
    [InlineData("""{"tenure_months": -1}""", "tenure_months", "outside the allowed range")]
    [InlineData("""{"tenure_months": 1e400}""", "tenure_months", "finite number")]
    [InlineData("""{"tenure_months": 12, "contract": "weekly"}""", "contract", "not one of: monthly, yearly, two-year")]
    [InlineData("""{"tenure_months": 12, "tenure": 12}""", "tenure", "is not a feature of this model")]
    [InlineData("""{"tenure_months": 12, "tenure_months": 13}""", "tenure_months", "appears more than once")]
    [InlineData("""[{"tenure_months": 12}]""", "$", "must be a JSON object")]
    [InlineData("""{"tenure_months": 12""", "$", "LineNumber")]
    [InlineData("""{"tenure_months": 12} {}""", "$", "invalid after a single JSON value")]
    [InlineData("""{tenure_months: 12}""", "$", "invalid start of a property name")]
    [InlineData("", "$", "does not contain any JSON tokens")]
    public async Task A_bad_record_is_a_400_naming_the_field(string body, string field, string message)
    {
        using var response = await factory.CreateClient().PostJsonAsync("/predict", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.ErrorsForAsync(field), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_bad_field_of_a_record_is_named_at_once()
    {
        using var response = await factory.CreateClient().PostJsonAsync("/predict", """{"plan": 1, "colour": "red"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is required", await response.ErrorsForAsync("tenure_months"), StringComparison.Ordinal);
        Assert.Contains("must be a string", await response.ErrorsForAsync("plan"), StringComparison.Ordinal);
        Assert.Contains("not a feature", await response.ErrorsForAsync("colour"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE }, "contract")]
    [InlineData(new byte[] { 0xC0, 0xAF }, "contract")]
    [InlineData(new byte[] { 0x5C, 0x75, 0x64, 0x38, 0x30, 0x30 }, "contract")]
    public async Task A_category_that_is_not_valid_text_is_a_400_naming_the_field(byte[] value, string field)
    {
        byte[] body = [.. "{\"tenure_months\": 12, \"contract\": \""u8, .. value, .. "\"}"u8];

        using var response = await PostBytesAsync("/predict", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not valid text", await response.ErrorsForAsync(field), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_property_name_with_a_lone_surrogate_is_a_400()
    {
        using var response = await PostBytesAsync("/predict", """{"tenure_months": 12, "\udc00x": 1}"""u8.ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("A property name is not valid text", await response.ErrorsForAsync("$"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_unknown_name_is_echoed_as_a_short_prefix()
    {
        var name = new string('k', 1024 * 1024);

        using var response = await factory.CreateClient().PostJsonAsync("/predict", $$"""{"tenure_months": 12, "{{name}}": 1}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(text.Length < 4096, $"{text.Length} characters");
        Assert.Contains("(1048576 characters)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task A_body_that_is_not_json_is_a_415(string contentType)
    {
        using var content = new StringContent("""{"tenure_months": 12}""", Encoding.UTF8, contentType);

        using var response = await factory.CreateClient().PostAsync(new Uri("/predict", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(415, problem.GetProperty("status").GetInt32());
        Assert.Contains(contentType, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_without_a_content_type_is_a_415()
    {
        using var content = new ByteArrayContent("""{"tenure_months": 12}"""u8.ToArray());

        using var response = await factory.CreateClient().PostAsync(new Uri("/predict", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostBytesAsync(string path, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = HttpExtensions.Json;
        return factory.CreateClient().PostAsync(new Uri(path, UriKind.Relative), content);
    }
}
