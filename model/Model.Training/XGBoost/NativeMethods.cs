using System.Runtime.InteropServices;

namespace Mlops.Model.Training.XGBoost;

/// <summary>The subset of XGBoost's C API (include/xgboost/c_api.h, 1.7) that training and parity tests use.</summary>
internal static unsafe partial class NativeMethods
{
    static NativeMethods() => XGBoostLibrary.RegisterResolver();

    [LibraryImport(XGBoostLibrary.Name)]
    internal static partial IntPtr XGBGetLastError();

    [LibraryImport(XGBoostLibrary.Name)]
    internal static partial int XGDMatrixCreateFromMat(float* data, ulong nrow, ulong ncol, float missing, out IntPtr handle);

    [LibraryImport(XGBoostLibrary.Name)]
    internal static partial int XGDMatrixCreateFromMat_omp(
        float* data, ulong nrow, ulong ncol, float missing, out IntPtr handle, int nthread);

    [LibraryImport(XGBoostLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGDMatrixSetFloatInfo(DMatrixHandle handle, string field, float* array, ulong length);

    [LibraryImport(XGBoostLibrary.Name)]
    internal static partial int XGDMatrixFree(IntPtr handle);

    [LibraryImport(XGBoostLibrary.Name)]
    internal static partial int XGBoosterCreate(IntPtr* dmats, ulong length, out IntPtr handle);

    [LibraryImport(XGBoostLibrary.Name)]
    internal static partial int XGBoosterFree(IntPtr handle);

    [LibraryImport(XGBoostLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGBoosterSetParam(BoosterHandle handle, string name, string value);

    [LibraryImport(XGBoostLibrary.Name)]
    internal static partial int XGBoosterUpdateOneIter(BoosterHandle handle, int iteration, DMatrixHandle train);

    [LibraryImport(XGBoostLibrary.Name)]
    internal static partial int XGBoosterEvalOneIter(
        BoosterHandle handle, int iteration, IntPtr* dmats, IntPtr* names, ulong length, out IntPtr result);

    [LibraryImport(XGBoostLibrary.Name)]
    internal static partial int XGBoosterSlice(BoosterHandle handle, int beginLayer, int endLayer, int step, out IntPtr sliced);

    [LibraryImport(XGBoostLibrary.Name)]
    internal static partial int XGBoosterBoostedRounds(BoosterHandle handle, out int rounds);

    [LibraryImport(XGBoostLibrary.Name)]
    internal static partial int XGBoosterGetNumFeature(BoosterHandle handle, out ulong features);

    [LibraryImport(XGBoostLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGBoosterSaveModelToBuffer(BoosterHandle handle, string config, out ulong length, out IntPtr data);

    [LibraryImport(XGBoostLibrary.Name)]
    internal static partial int XGBoosterLoadModelFromBuffer(BoosterHandle handle, byte* buffer, ulong length);

    [LibraryImport(XGBoostLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGBoosterPredictFromDMatrix(
        BoosterHandle handle, DMatrixHandle dmat, string config, out IntPtr shape, out ulong dimensions, out IntPtr result);

    [LibraryImport(XGBoostLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGBoosterFeatureScore(
        BoosterHandle handle,
        string config,
        out ulong featureCount,
        out IntPtr featureNames,
        out ulong dimensions,
        out IntPtr shape,
        out IntPtr scores);
}
