using System.Text.Json;
using System.Text.Json.Serialization;
using Mlops.Model.Cards;

namespace Mlops.Api.Contracts;

/// <summary>Source-generated JSON for every type the API writes: no reflection on the request path.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.Strict,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PredictionResponse))]
[JsonSerializable(typeof(IReadOnlyList<PredictionResponse>))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(ModelCard))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
