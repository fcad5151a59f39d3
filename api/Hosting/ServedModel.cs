using Mlops.Api.Binding;
using Mlops.Model;
using Mlops.Model.Cards;

namespace Mlops.Api.Hosting;

/// <summary>The model version this process serves: the verified runtime plus what the binder precomputes from it.</summary>
public sealed class ServedModel
{
    public ServedModel(ScoringModel scoring)
    {
        ArgumentNullException.ThrowIfNull(scoring);
        Scoring = scoring;
        Schema = new RecordSchema(scoring.Preprocessing);
    }

    public ScoringModel Scoring { get; }

    public ModelCard Card => Scoring.Card;

    public string Version => Scoring.Card.Version;

    internal RecordSchema Schema { get; }
}
