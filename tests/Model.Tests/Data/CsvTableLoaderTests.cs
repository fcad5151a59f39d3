using Mlops.Model.Training.Data;
using Mlops.Model.Training.Data.Loading;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Tests.Data;

public sealed class CsvTableLoaderTests : IDisposable
{
    private const string Header = "id,age,plan,active,label\n";
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Valid_rows_become_typed_columns_with_missing_values_kept()
    {
        var loaded = Load(Header + "1,34,gold,true,yes\n2,,silver,no,no\n3,51.5,,1,no\n4,20,gold,,yes\n");

        var table = loaded.Table;
        Assert.Equal(4, table.RowCount);
        Assert.Equal([34, double.NaN, 51.5, 20], ((NumericColumn)table["age"]).Values);
        Assert.Equal(["gold", "silver", null, "gold"], ((CategoricalColumn)table["plan"]).Values);
        Assert.Same(((CategoricalColumn)table["plan"]).Values[0], ((CategoricalColumn)table["plan"]).Values[3]);
        Assert.Equal([1, 0, 1, double.NaN], ((NumericColumn)table["active"]).Values);
        Assert.Equal([1, 0, 0, 1], table.Labels);
    }

    [Fact]
    public void A_bad_value_fails_naming_file_line_column_and_value()
    {
        var error = Assert.Throws<DataValidationException>(() => Load(Header + "1,34,gold,true,yes\n2,abc,gold,true,no\n"));

        Assert.NotNull(error.BadRow);
        Assert.Equal(3, error.BadRow.Line);
        Assert.Equal("age", error.BadRow.Column);
        Assert.Equal("abc", error.BadRow.Value);
        Assert.Contains(folder.File("data.csv"), error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("'abc'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_outside_the_declared_range_is_a_bad_row()
    {
        var error = Assert.Throws<DataValidationException>(() => Load(Header + "1,34,gold,true,yes\n2,130,gold,true,no\n"));

        Assert.Equal("age", error.BadRow!.Column);
        Assert.Contains("range", error.BadRow.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_numbers_count_newlines_inside_quoted_fields()
    {
        var error = Assert.Throws<DataValidationException>(() =>
            Load(Header + "1,34,\"gold, \"\"premium\"\"\nplan\",true,yes\n2,x,gold,true,no\n"));

        Assert.Equal(4, error.BadRow!.Line);
    }

    [Fact]
    public void Quoted_fields_keep_delimiters_and_doubled_quotes()
    {
        var loaded = Load(Header + "1,34,\"gold, \"\"premium\"\"\",true,yes\r\n2,30,silver,false,no\r\n");

        Assert.Equal("gold, \"premium\"", ((CategoricalColumn)loaded.Table["plan"]).Values[0]);
        Assert.Equal(2, loaded.Table.RowCount);
    }

    [Fact]
    public void Skip_mode_drops_bad_rows_counts_them_and_keeps_examples()
    {
        var rows = string.Concat(Enumerable.Range(1, 10).Select(i => $"{i},{20 + i},gold,true,{(i % 2 == 0 ? "yes" : "no")}\n"));
        var loaded = Load(Header + rows + "11,old,gold,true,no\n12,40,gold,maybe,yes\n", badRows: "skip");

        Assert.Equal(10, loaded.Table.RowCount);
        Assert.Equal(12, loaded.RowsRead);
        Assert.Equal(2, loaded.BadRows.Count);
        Assert.Equal(["age", "active"], loaded.BadRows.Examples.Select(row => row.Column));
        Assert.Equal(12, loaded.BadRows.Examples[0].Line);
    }

    [Fact]
    public void An_empty_file_fails_clearly()
    {
        var error = Assert.Throws<DataValidationException>(() => Load(string.Empty));

        Assert.Contains("is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_rows_fails_clearly()
    {
        var error = Assert.Throws<DataValidationException>(() => Load(Header));

        Assert.Contains("no rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_target_column_is_a_spec_error_with_its_path()
    {
        var error = Assert.Throws<SpecException>(() => Load("id,age,plan,active\n1,34,gold,true\n"));

        Assert.Equal("$.target.column", error.JsonPath);
        Assert.Contains("\"label\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_column_that_the_data_lacks_is_a_spec_error_with_its_path()
    {
        var error = Assert.Throws<SpecException>(() => Load("id,age,active,label\n1,34,true,yes\n"));

        Assert.Equal("$.columns[1].name", error.JsonPath);
        Assert.Contains("\"plan\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_with_one_class_fails()
    {
        var error = Assert.Throws<DataValidationException>(() => Load(Header + "1,34,gold,true,no\n2,30,gold,true,no\n"));

        Assert.Contains("one class", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_with_three_classes_fails()
    {
        var error = Assert.Throws<DataValidationException>(() => Load(Header + "1,34,gold,true,no\n2,30,gold,true,yes\n3,30,gold,true,maybe\n"));

        Assert.Contains("more than two classes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_of_the_wrong_type_fails_even_when_bad_rows_are_skipped()
    {
        var rows = string.Concat(Enumerable.Range(1, 6).Select(i => $"{i},{20 + i},{i},plan{i},{(i % 2 == 0 ? "yes" : "no")}\n"));

        var error = Assert.Throws<DataValidationException>(() => Load("id,age,active,plan,label\n" + rows, badRows: "skip"));

        Assert.Contains("'active' is declared boolean", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_column_may_not_be_missing()
    {
        var spec = Specs.Parse(Specs.ThreeColumns.Replace("\"type\": \"categorical\"", "\"type\": \"categorical\", \"required\": true", StringComparison.Ordinal));
        var path = folder.File("data.csv", Header + "1,34,,true,yes\n");

        var error = Assert.Throws<DataValidationException>(() => CsvTableLoader.Load(path, spec));

        Assert.Equal("plan", error.BadRow!.Column);
        Assert.Contains("required", error.BadRow.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_split_key_each_row_is_keyed_by_its_data_row_number_counting_skipped_rows()
    {
        var loaded = Load(Header + "1,34,gold,true,yes\n2,abc,gold,true,no\n3,51,gold,true,no\n", badRows: "skip");

        Assert.Equal(["1", "3"], loaded.Table.SplitKeys);
    }

    [Fact]
    public void The_split_key_column_is_read_as_text_exactly_as_written()
    {
        var loaded = CsvTableLoader.Load(folder.File("data.csv", Header + "007,34,gold,true,yes\nNA,30,gold,true,no\n"), KeyedSpec());

        Assert.Equal(["007", "NA"], loaded.Table.SplitKeys);
    }

    [Fact]
    public void A_split_key_column_that_the_data_lacks_is_a_spec_error_with_its_path()
    {
        var error = Assert.Throws<SpecException>(() => CsvTableLoader.Load(folder.File("data.csv", "age,plan,active,label\n34,gold,true,yes\n"), KeyedSpec()));

        Assert.Equal("$.split.key", error.JsonPath);
        Assert.Contains("\"id\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_split_key_fails_naming_the_value_and_both_lines()
    {
        var error = Assert.Throws<DataValidationException>(() =>
            CsvTableLoader.Load(folder.File("data.csv", Header + "7,34,gold,true,yes\n8,30,gold,true,no\n7,31,gold,true,no\n"), KeyedSpec()));

        Assert.Contains("'7' is on line 2 and line 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_split_key_is_a_bad_row()
    {
        var error = Assert.Throws<DataValidationException>(() =>
            CsvTableLoader.Load(folder.File("data.csv", Header + "7,34,gold,true,yes\n,30,gold,true,no\n"), KeyedSpec()));

        Assert.Equal(("id", 3L), (error.BadRow!.Column, error.BadRow.Line));
    }

    private static ModelSpec KeyedSpec() =>
        Specs.Parse(Specs.ThreeColumns.Replace("\"target\"", "\"split\": { \"key\": \"id\" },\n  \"target\"", StringComparison.Ordinal));

    [Theory]
    [InlineData("fail")]
    [InlineData("skip")]
    public void Bytes_that_are_not_utf8_fail_the_load_naming_file_line_and_column_whatever_the_policy(string badRows)
    {
        var path = folder.File("data.csv");
        byte[] latin1 = [.. "2,30,caf"u8, 0xE9, .. ",true,no\n"u8];
        File.WriteAllBytes(path, [.. System.Text.Encoding.UTF8.GetBytes(Header + "1,34,gold,true,yes\n"), .. latin1]);

        var error = Assert.Throws<DataValidationException>(() => CsvTableLoader.Load(path, Specs.ThreeColumnSpec(badRows)));

        Assert.Equal(3, error.BadRow!.Line);
        Assert.Equal("plan", error.BadRow.Column);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8 (byte 0xE9 at position 4 of the field)", error.Message, StringComparison.Ordinal);
    }

    private LoadedData Load(string content, string badRows = "fail") =>
        CsvTableLoader.Load(folder.File("data.csv", content), Specs.ThreeColumnSpec(badRows));
}
