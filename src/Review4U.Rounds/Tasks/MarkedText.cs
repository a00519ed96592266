namespace Review4U.Rounds.Tasks;

/// <summary>
/// A rendered text cut at the marks standing for per-contact values: filling it writes the literal pieces and the
/// values into one string of the exact length, in one pass, where a chain of <c>Replace</c> calls scanned and copied the
/// whole text once per mark.
/// </summary>
internal sealed class MarkedText
{
    private readonly string[] _pieces;   // one more than the marks: the text before, between and after them
    private readonly int[] _marks;       // which value each gap takes (an index into the marks given to Cut)
    private readonly int _literalLength;

    private MarkedText(string[] pieces, int[] marks)
    {
        _pieces = pieces;
        _marks = marks;
        _literalLength = pieces.Sum(p => p.Length);
    }

    /// <summary>Cuts <paramref name="text"/> at every occurrence of any of <paramref name="marks"/> (none a prefix of another).</summary>
    public static MarkedText Cut(string text, IReadOnlyList<string> marks)
    {
        var pieces = new List<string>();
        var found = new List<int>();
        var start = 0;
        while (Next(text, start, marks) is var (at, mark) && at >= 0)
        {
            pieces.Add(text[start..at]);
            found.Add(mark);
            start = at + marks[mark].Length;
        }

        pieces.Add(text[start..]);
        return new MarkedText([.. pieces], [.. found]);
    }

    /// <summary>The text with each mark replaced by the value at its index.</summary>
    public string Fill(IReadOnlyList<string> values)
    {
        if (_marks.Length == 0)
        {
            return _pieces[0];
        }

        var length = _literalLength;
        foreach (var mark in _marks)
        {
            length += values[mark].Length;
        }

        return string.Create(length, (this, values), static (span, state) =>
        {
            var (text, values) = state;
            var written = 0;
            for (var i = 0; i < text._marks.Length; i++)
            {
                Append(span, ref written, text._pieces[i]);
                Append(span, ref written, values[text._marks[i]]);
            }

            Append(span, ref written, text._pieces[^1]);
        });
    }

    private static void Append(Span<char> span, ref int written, string value)
    {
        value.AsSpan().CopyTo(span[written..]);
        written += value.Length;
    }

    private static (int At, int Mark) Next(string text, int start, IReadOnlyList<string> marks)
    {
        (int At, int Mark) first = (-1, -1);
        for (var m = 0; m < marks.Count; m++)
        {
            var at = text.IndexOf(marks[m], start, StringComparison.Ordinal);
            if (at >= 0 && (first.At < 0 || at < first.At))
            {
                first = (at, m);
            }
        }

        return first;
    }
}
