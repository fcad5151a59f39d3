using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Mlops.Api.Hosting;

namespace Mlops.Api.OpenApi;

/// <summary>Titles the OpenAPI document after the served model, so a client sees which version the schemas describe.</summary>
internal static class ModelDocumentInfo
{
    public static Task Describe(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var card = context.ApplicationServices.GetRequiredService<ModelState>().Current.Card;
        document.Info = new OpenApiInfo
        {
            Title = $"{card.ModelId} prediction API",
            Version = card.Version,
            Description = $"Scores records with model {card.ModelId} {card.Version} (commit {card.GitCommit}).",
        };
        return Task.CompletedTask;
    }
}
