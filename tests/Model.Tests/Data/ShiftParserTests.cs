using Mlops.Model.Training.Data.Synthetic;

namespace Mlops.Model.Tests.Data;

public sealed class ShiftParserTests
{
    [Fact]
    public void Reads_every_column_shift_in_standard_deviations()
    {
        var shift = ShiftParser.Parse("tenure_months=0.5, monthly_charges=-1.25", 0.3, 0.1);

        Assert.Equal(0.5, shift.CovariateShift["tenure_months"]);
        Assert.Equal(-1.25, shift.CovariateShift["monthly_charges"]);
        Assert.Equal(0.3, shift.LabelRelationChange);
        Assert.Equal(0.1, shift.ExtraMissingRate);
    }

    [Fact]
    public void No_shift_is_none()
    {
        Assert.True(ShiftParser.Parse(null, 0, 0).IsNone);
    }

    [Fact]
    public void A_malformed_shift_says_how_to_write_one()
    {
        var error = Assert.Throws<ArgumentException>(() => ShiftParser.Parse("tenure_months:0.5", 0, 0));

        Assert.Contains("column=size", error.Message, StringComparison.Ordinal);
    }
}
