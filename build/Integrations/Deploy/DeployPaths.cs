namespace Mlops.Build.Integrations.Deploy;

/// <summary>The folders a deploy works in.</summary>
/// <param name="ApiProject">The API's project file, published for the local provider.</param>
/// <param name="PublishedApi">The published API that Deploy and Serve run; its model/ folder holds the model being served.</param>
/// <param name="Downloads">Packages downloaded from the feed for a deploy, kept for inspection.</param>
/// <param name="ImageModel">The released model's files for the container image (api/Dockerfile copies them from here).</param>
public sealed record DeployPaths(string ApiProject, string PublishedApi, string Downloads, string ImageModel);
