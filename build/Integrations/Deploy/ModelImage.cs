namespace Mlops.Build.Integrations.Deploy;

/// <summary>
/// The build arguments api/Dockerfile takes to fetch the model from the registry. On Railway they are service
/// variables: Railway passes a service's variables to a Dockerfile build only through ARGs of these names.
/// </summary>
public static class ModelImage
{
    public const string ModelIdVariable = "MODEL_ID";
    public const string ModelVersionVariable = "MODEL_VERSION";

    /// <summary>The variables that make the next build of the image serve <paramref name="packageId"/> <paramref name="version"/>.</summary>
    public static IReadOnlyDictionary<string, string> Variables(string packageId, string version) => new Dictionary<string, string>
    {
        [ModelIdVariable] = packageId,
        [ModelVersionVariable] = version,
    };
}
