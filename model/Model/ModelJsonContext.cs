using System.Text.Json.Serialization;
using Mlops.Model.Cards;
using Mlops.Model.Preprocessing;
using Mlops.Model.Profiles;

namespace Mlops.Model;

/// <summary>Source-generated JSON for the runtime's files: no reflection at load time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(PreprocessingDocument))]
[JsonSerializable(typeof(ModelCard))]
[JsonSerializable(typeof(DataProfile))]
[JsonSerializable(typeof(GateRecord))]
public sealed partial class ModelJsonContext : JsonSerializerContext;
