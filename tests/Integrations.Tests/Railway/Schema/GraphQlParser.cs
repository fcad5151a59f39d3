namespace Mlops.Integrations.Tests.Railway.Schema;

/// <summary>
/// Parses the GraphQL subset the Railway client writes: one named query or mutation, variable definitions, nested
/// fields, and arguments that are all variables. Anything else (aliases, fragments, literals) is a clear parse error,
/// which keeps the client honest: values travel as variables.
/// </summary>
internal sealed class GraphQlParser
{
    private readonly string _text;
    private int _position;

    private GraphQlParser(string text) => _text = text;

    public static GraphQlOperation Parse(string text)
    {
        var parser = new GraphQlParser(text);
        var operation = parser.Operation();
        parser.SkipIgnored();
        return parser._position == text.Length ? operation : throw parser.Error("the end of the document");
    }

    private GraphQlOperation Operation()
    {
        var kind = Name();
        var name = PeekName() ? Name() : null;
        var variables = Peek('(') ? VariableDefinitions() : new Dictionary<string, string>();
        return new GraphQlOperation(kind, name, variables, SelectionSet());
    }

    private Dictionary<string, string> VariableDefinitions()
    {
        var variables = new Dictionary<string, string>();
        Expect('(');
        while (!Peek(')'))
        {
            Expect('$');
            var name = Name();
            Expect(':');
            variables.Add(name, TypeText());
        }

        Expect(')');
        return variables;
    }

    private string TypeText()
    {
        string type;
        if (Peek('['))
        {
            Expect('[');
            type = $"[{TypeText()}]";
            Expect(']');
        }
        else
        {
            type = Name();
        }

        if (Peek('!'))
        {
            Expect('!');
            type += "!";
        }

        return type;
    }

    private List<GraphQlField> SelectionSet()
    {
        var fields = new List<GraphQlField>();
        Expect('{');
        while (!Peek('}'))
        {
            var name = Name();
            var arguments = Peek('(') ? Arguments() : new Dictionary<string, string>();
            fields.Add(new GraphQlField(name, arguments, Peek('{') ? SelectionSet() : []));
        }

        Expect('}');
        return fields;
    }

    private Dictionary<string, string> Arguments()
    {
        var arguments = new Dictionary<string, string>();
        Expect('(');
        while (!Peek(')'))
        {
            var name = Name();
            Expect(':');
            Expect('$');
            arguments.Add(name, Name());
        }

        Expect(')');
        return arguments;
    }

    private string Name()
    {
        SkipIgnored();
        var start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        return _position > start && !char.IsAsciiDigit(_text[start]) ? _text[start.._position] : throw Error("a name");
    }

    private bool PeekName()
    {
        SkipIgnored();
        return _position < _text.Length && (char.IsAsciiLetter(_text[_position]) || _text[_position] == '_');
    }

    private bool Peek(char punctuator)
    {
        SkipIgnored();
        return _position < _text.Length && _text[_position] == punctuator;
    }

    private void Expect(char punctuator)
    {
        if (!Peek(punctuator))
        {
            throw Error($"'{punctuator}'");
        }

        _position++;
    }

    // Commas, white space and comments carry no meaning in GraphQL.
    private void SkipIgnored()
    {
        while (_position < _text.Length)
        {
            if (_text[_position] == '#')
            {
                while (_position < _text.Length && _text[_position] != '\n')
                {
                    _position++;
                }
            }
            else if (char.IsWhiteSpace(_text[_position]) || _text[_position] == ',')
            {
                _position++;
            }
            else
            {
                return;
            }
        }
    }

    private FormatException Error(string expected)
    {
        var found = _position < _text.Length ? $"'{_text[_position]}'" : "the end";
        return new FormatException($"GraphQL parse error at offset {_position}: expected {expected}, found {found} (this validator reads only named operations whose arguments are variables).");
    }
}
