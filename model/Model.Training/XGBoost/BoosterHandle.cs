using Microsoft.Win32.SafeHandles;

namespace Mlops.Model.Training.XGBoost;

/// <summary>Owns an XGBoost Booster; released with XGBoosterFree.</summary>
internal sealed class BoosterHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public BoosterHandle()
        : base(ownsHandle: true)
    {
    }

    public BoosterHandle(IntPtr handle)
        : this() => SetHandle(handle);

    protected override bool ReleaseHandle() => NativeMethods.XGBoosterFree(handle) == 0;
}
