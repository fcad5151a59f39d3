using Microsoft.Win32.SafeHandles;

namespace Mlops.Model.Training.XGBoost;

/// <summary>Owns an XGBoost DMatrix; released with XGDMatrixFree.</summary>
internal sealed class DMatrixHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public DMatrixHandle()
        : base(ownsHandle: true)
    {
    }

    public DMatrixHandle(IntPtr handle)
        : this() => SetHandle(handle);

    protected override bool ReleaseHandle() => NativeMethods.XGDMatrixFree(handle) == 0;
}
