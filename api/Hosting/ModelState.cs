namespace Mlops.Api.Hosting;

/// <summary>Holds the served model once <see cref="ModelLoader"/> has loaded and verified it.</summary>
public sealed class ModelState
{
    private ServedModel? _current;

    public bool IsLoaded => _current is not null;

    /// <summary>The served model; endpoints only run after start-up loaded it, so reaching this earlier is a bug.</summary>
    public ServedModel Current => _current ?? throw new InvalidOperationException("The model is read during start-up, before any request is served.");

    internal void Set(ServedModel model) => _current = model;
}
