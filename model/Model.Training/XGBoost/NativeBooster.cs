using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Mlops.Model.Training.XGBoost;

/// <summary>An XGBoost booster held by libxgboost: training steps, JSON save/load, prediction, importance.</summary>
public sealed unsafe class NativeBooster : IDisposable
{
    private const string PredictConfig =
        """{"type": 0, "training": false, "iteration_begin": 0, "iteration_end": 0, "strict_shape": false}""";

    private readonly BoosterHandle handle;

    private NativeBooster(BoosterHandle handle) => this.handle = handle;

    /// <summary>Loads a booster from XGBoost's own JSON model format.</summary>
    public static NativeBooster LoadJson(string json)
    {
        var booster = Create([]);
        var bytes = Encoding.UTF8.GetBytes(json);
        fixed (byte* buffer = bytes)
        {
            NativeCall.Check(
                NativeMethods.XGBoosterLoadModelFromBuffer(booster.handle, buffer, (ulong)bytes.Length),
                nameof(NativeMethods.XGBoosterLoadModelFromBuffer));
        }

        return booster;
    }

    /// <summary>Creates an empty booster that caches predictions for the given matrices.</summary>
    internal static NativeBooster Create(IReadOnlyList<NativeDMatrix> cache)
    {
        var raw = stackalloc IntPtr[Math.Max(cache.Count, 1)];
        for (var i = 0; i < cache.Count; i++)
        {
            raw[i] = cache[i].Handle.DangerousGetHandle();
        }

        NativeCall.Check(
            NativeMethods.XGBoosterCreate(raw, (ulong)cache.Count, out var created),
            nameof(NativeMethods.XGBoosterCreate));
        GC.KeepAlive(cache);
        return new NativeBooster(new BoosterHandle(created));
    }

    public int BoostedRounds
    {
        get
        {
            NativeCall.Check(NativeMethods.XGBoosterBoostedRounds(handle, out var rounds), nameof(NativeMethods.XGBoosterBoostedRounds));
            return rounds;
        }
    }

    public int FeatureCount
    {
        get
        {
            NativeCall.Check(NativeMethods.XGBoosterGetNumFeature(handle, out var count), nameof(NativeMethods.XGBoosterGetNumFeature));
            return checked((int)count);
        }
    }

    /// <summary>Sets one XGBoost parameter by its XGBoost name (eta, max_depth, nthread, …).</summary>
    public void SetParameter(string name, string value) =>
        NativeCall.Check(NativeMethods.XGBoosterSetParam(handle, name, value), $"{nameof(NativeMethods.XGBoosterSetParam)}({name}={value})");

    internal void UpdateOneIteration(int iteration, NativeDMatrix train) =>
        NativeCall.Check(
            NativeMethods.XGBoosterUpdateOneIter(handle, iteration, train.Handle),
            nameof(NativeMethods.XGBoosterUpdateOneIter));

    /// <summary>Returns XGBoost's evaluation line, e.g. "[3]\tvalidation-logloss:0.41".</summary>
    internal string EvaluateOneIteration(int iteration, NativeDMatrix data, string name)
    {
        var matrix = data.Handle.DangerousGetHandle();
        var utf8Name = Marshal.StringToCoTaskMemUTF8(name);
        try
        {
            NativeCall.Check(
                NativeMethods.XGBoosterEvalOneIter(handle, iteration, &matrix, &utf8Name, 1, out var result),
                nameof(NativeMethods.XGBoosterEvalOneIter));
            return Marshal.PtrToStringUTF8(result) ?? string.Empty;
        }
        finally
        {
            Marshal.FreeCoTaskMem(utf8Name);
            GC.KeepAlive(data);
        }
    }

    /// <summary>A new booster with the trees of rounds [begin, end).</summary>
    internal NativeBooster Slice(int beginRound, int endRound)
    {
        NativeCall.Check(
            NativeMethods.XGBoosterSlice(handle, beginRound, endRound, 1, out var sliced),
            nameof(NativeMethods.XGBoosterSlice));
        return new NativeBooster(new BoosterHandle(sliced));
    }

    /// <summary>The model in XGBoost's JSON format (what the managed scorer reads).</summary>
    public string SaveJson()
    {
        NativeCall.Check(
            NativeMethods.XGBoosterSaveModelToBuffer(handle, """{"format": "json"}""", out var length, out var data),
            nameof(NativeMethods.XGBoosterSaveModelToBuffer));
        return Encoding.UTF8.GetString((byte*)data, checked((int)length));
    }

    /// <summary>Probabilities for dense float32 rows (NaN = missing), computed by libxgboost.</summary>
    public float[] Predict(float[] rowMajor, int rows, int columns)
    {
        using var matrix = NativeDMatrix.FromDense(rowMajor, rows, columns);
        return Predict(matrix);
    }

    /// <summary>Probabilities for a matrix already handed to XGBoost (lets benchmarks time prediction alone).</summary>
    public float[] Predict(NativeDMatrix matrix)
    {
        NativeCall.Check(
            NativeMethods.XGBoosterPredictFromDMatrix(handle, matrix.Handle, PredictConfig, out _, out _, out var result),
            nameof(NativeMethods.XGBoosterPredictFromDMatrix));
        var output = new float[matrix.Rows];
        new ReadOnlySpan<float>((float*)result, matrix.Rows).CopyTo(output);
        return output;
    }

    /// <summary>
    /// Importance per feature index (0 for features never split on), by XGBoost's
    /// importance_type: "total_gain", "gain", "weight", "cover" or "total_cover".
    /// </summary>
    public double[] FeatureImportance(string importanceType = "total_gain")
    {
        var config = $$"""{"importance_type": "{{importanceType}}"}""";
        NativeCall.Check(
            NativeMethods.XGBoosterFeatureScore(handle, config, out var count, out var names, out _, out _, out var scores),
            nameof(NativeMethods.XGBoosterFeatureScore));
        var importance = new double[FeatureCount];
        for (var i = 0; i < (int)count; i++)
        {
            var name = Marshal.PtrToStringUTF8(((IntPtr*)names)[i]) ?? string.Empty;
            importance[FeatureIndex(name)] = ((float*)scores)[i];
        }

        return importance;
    }

    public void Dispose() => handle.Dispose();

    /// <summary>Without feature names XGBoost calls feature i "f{i}".</summary>
    private static int FeatureIndex(string name) =>
        name.StartsWith('f') && int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : throw new XGBoostException($"XGBoosterFeatureScore returned an unexpected feature name '{name}'.");
}
