using System.Runtime.InteropServices;

namespace Mlops.Model.Training.XGBoost;

/// <summary>Turns XGBoost's integer return codes into exceptions that name the call.</summary>
internal static class NativeCall
{
    public static void Check(int returnCode, string call)
    {
        if (returnCode != 0)
        {
            throw new XGBoostException(call, LastError());
        }
    }

    private static string LastError()
    {
        var text = Marshal.PtrToStringUTF8(NativeMethods.XGBGetLastError());
        return string.IsNullOrWhiteSpace(text) ? "(XGBGetLastError returned no text)" : text.Trim();
    }
}
