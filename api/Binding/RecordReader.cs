using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Mlops.Model.Features;

namespace Mlops.Api.Binding;

/// <summary>
/// Reads prediction records from a JSON body into feature values in the model's column order, mapping JSON
/// types to the columns' kinds (number → numeric, true/false → boolean, string → category, null or absent →
/// missing) and naming every field it rejects. Malformed JSON surfaces as a <see cref="JsonException"/>.
/// </summary>
internal ref struct RecordReader
{
    // Columns beyond this many track their state on the heap instead of the stack.
    private const int StackColumnLimit = 256;

    private const string UndecodableText = "it holds bytes that are not UTF-8 or escapes a lone surrogate (such as \\ud800).";

    private readonly RecordSchema _schema;
    private Utf8JsonReader _json;

    public RecordReader(ReadOnlySequence<byte> body, RecordSchema schema)
    {
        _schema = schema;
        _json = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
    }

    /// <summary>What was wrong with the body, or null while nothing was.</summary>
    public BindingErrors? Errors { get; private set; }

    /// <summary>How many records the batch has yielded so far.</summary>
    public int RecordCount { get; private set; }

    /// <summary>Reads the single record that forms the whole body.</summary>
    public void ReadSingle(Span<FeatureValue> values)
    {
        _json.Read();
        if (_json.TokenType != JsonTokenType.StartObject)
        {
            AddError("$", "The body must be a JSON object with one property per feature.");
            _json.Skip();
        }
        else
        {
            ReadObject(values, record: -1);
        }

        ExpectEnd();
    }

    /// <summary>Enters the array that forms a batch body; false (with an error) when the body is not an array.</summary>
    public bool StartBatch()
    {
        _json.Read();
        if (_json.TokenType == JsonTokenType.StartArray)
        {
            return true;
        }

        AddError("$", "The body must be a JSON array of records, each an object with one property per feature.");
        return false;
    }

    /// <summary>Reads the next record of the batch; false after the last one.</summary>
    public bool TryReadNext(Span<FeatureValue> values)
    {
        _json.Read();
        if (_json.TokenType == JsonTokenType.EndArray)
        {
            ExpectEnd();
            return false;
        }

        var record = RecordCount++;
        if (_json.TokenType == JsonTokenType.StartObject)
        {
            ReadObject(values, record);
        }
        else
        {
            AddError(RecordField(record), $"Record {record} must be a JSON object with one property per feature; got {Describe(_json.TokenType)}.");
            _json.Skip();
        }

        return true;
    }

    private void ReadObject(Span<FeatureValue> values, int record)
    {
        values.Fill(FeatureValue.Missing);
        var count = _schema.Count;
        Span<ColumnState> states = count <= StackColumnLimit ? stackalloc ColumnState[count] : new ColumnState[count];
        states.Clear();
        var expected = 0;
        while (_json.Read() && _json.TokenType == JsonTokenType.PropertyName)
        {
            var column = _schema.FindColumn(ref _json, expected);
            if (column < 0)
            {
                RejectUnknown(record);
                continue;
            }

            _json.Read();
            states[column] = ReadValue(column, record, states[column], out values[column]);
            expected = column + 1;
        }

        CheckColumns(values, states, record);
    }

    private ColumnState ReadValue(int column, int record, ColumnState state, out FeatureValue value)
    {
        value = FeatureValue.Missing;
        var name = _schema.Columns[column].Name;
        if (state != ColumnState.Absent)
        {
            AddError(Field(record, name), $"'{name}' appears more than once.");
            _json.Skip();
            return ColumnState.Rejected;
        }

        if (TryRead(column, out value))
        {
            return ColumnState.Read;
        }

        var problem = _json.TokenType == JsonTokenType.String && _schema.Columns[column].Kind == FeatureKind.Categorical
            ? $"'{name}' is not valid text: {UndecodableText}"
            : $"'{name}' must be {Expected(_schema.Columns[column].Kind)}; got {Describe(_json.TokenType)}.";
        AddError(Field(record, name), problem);
        _json.Skip();
        return ColumnState.Rejected;
    }

    private bool TryRead(int column, out FeatureValue value)
    {
        value = FeatureValue.Missing;
        var kind = _schema.Columns[column].Kind;
        switch (_json.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.Number when kind == FeatureKind.Numeric:
                // A number too large for a double is reported as out of range by the column check.
                value = FeatureValue.FromNumber(_json.TryGetDouble(out var number) ? number : double.PositiveInfinity);
                return true;
            case JsonTokenType.True or JsonTokenType.False when kind == FeatureKind.Boolean:
                value = FeatureValue.FromBoolean(_json.TokenType == JsonTokenType.True);
                return true;
            case JsonTokenType.String when kind == FeatureKind.Categorical:
                var category = _schema.ReadCategory(column, ref _json);
                value = category is null ? FeatureValue.Missing : FeatureValue.FromCategory(category);
                return category is not null;
            default:
                return false;
        }
    }

    private void RejectUnknown(int record)
    {
        if (JsonText.TryGetString(ref _json) is { } text)
        {
            var name = Echo.Shorten(text);
            AddError(Field(record, name), $"'{name}' is not a feature of this model; its features are: {_schema.ExpectedNames}.");
        }
        else
        {
            AddError(record < 0 ? "$" : RecordField(record), $"A property name is not valid text: {UndecodableText}");
        }

        _json.Read();
        _json.Skip();
    }

    private void CheckColumns(scoped ReadOnlySpan<FeatureValue> values, scoped ReadOnlySpan<ColumnState> states, int record)
    {
        for (var i = 0; i < values.Length; i++)
        {
            // A rejected value already has its error; "is required" on top of it would only repeat it.
            if (states[i] != ColumnState.Rejected && _schema.Columns[i].Check(values[i]) is { } problem)
            {
                AddError(Field(record, _schema.Columns[i].Name), problem);
            }
        }
    }

    // Utf8JsonReader itself rejects anything after the root value once asked for another token.
    private void ExpectEnd() => _json.Read();

    private void AddError(string field, string message) => (Errors ??= new BindingErrors()).Add(field, message);

    private static string Field(int record, string name) => record < 0 ? name : $"[{record.ToString(CultureInfo.InvariantCulture)}].{name}";

    private static string RecordField(int record) => $"[{record.ToString(CultureInfo.InvariantCulture)}]";

    private static string Expected(FeatureKind kind) => kind switch
    {
        FeatureKind.Numeric => "a number",
        FeatureKind.Boolean => "true or false",
        _ => "a string (a category)",
    };

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => "null",
    };

    private enum ColumnState : byte
    {
        Absent,
        Read,
        Rejected,
    }
}
