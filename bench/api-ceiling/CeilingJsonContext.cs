using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mlops.Bench.ApiCeiling;

/// <summary>Source-generated JSON for the request and the response, as the API has.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ChurnRecord))]
[JsonSerializable(typeof(CeilingResponse))]
internal sealed partial class CeilingJsonContext : JsonSerializerContext;
