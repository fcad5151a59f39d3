namespace Mlops.Model.Training.XGBoost;

/// <summary>Tracks the best validation loss and says when patience has run out.</summary>
internal sealed class EarlyStopping(int patience)
{
    private readonly List<double> history = [];

    public int BestIteration { get; private set; }

    public IReadOnlyList<double> History => history;

    /// <summary>Records a round's loss; true when <c>patience</c> rounds passed without a strict improvement.</summary>
    public bool Record(double loss)
    {
        history.Add(loss);
        if (loss < history[BestIteration])
        {
            BestIteration = history.Count - 1;
        }

        return history.Count - 1 - BestIteration >= patience;
    }
}
