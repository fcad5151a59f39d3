namespace Mlops.Build.Integrations.Packaging;

/// <summary>Packs a gated model folder (model files plus gate.json) at a version; returns the package file.</summary>
public interface IModelPacker
{
    Task<PackedModel> PackAsync(string gatedModelFolder, string version, CancellationToken cancellationToken);
}
