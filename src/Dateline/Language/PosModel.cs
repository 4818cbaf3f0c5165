using System.IO.Compression;

namespace Dateline.Language;

/// <summary>The tagger and lemmatiser, saved together in one binary file (en-pos.bin).</summary>
public sealed class PosModel
{
    private const string Magic = "dateline-pos-2";
    private const string MagicWithoutClasses = "dateline-pos-1";

    public PosModel(PosTagger tagger, Lemmatizer lemmatizer)
    {
        // The tagger decodes under the lexicon its lemmatiser learned from the same training data.
        Tagger = tagger.WithLexicon(TagLexicon.From(lemmatizer, tagger.Xpos));
        Lemmatizer = lemmatizer;
    }

    public PosTagger Tagger { get; }

    public Lemmatizer Lemmatizer { get; }

    public void Save(string path)
    {
        using var file = File.Create(path);
        using var zip = new BrotliStream(file, CompressionLevel.Optimal);
        using var w = new BinaryWriter(zip);
        // A tagger without word classes is saved in the earlier format, byte for byte as before them.
        w.Write(Tagger.Classes.Count > 0 ? Magic : MagicWithoutClasses);
        Tagger.Write(w);
        Lemmatizer.Write(w);
    }

    public static PosModel Load(string path)
    {
        using var file = File.OpenRead(path);
        using var zip = new BrotliStream(file, CompressionMode.Decompress);
        using var buffered = new BufferedStream(zip, 1 << 16);
        using var r = new BinaryReader(buffered);
        var magic = r.ReadString();
        if (magic != Magic && magic != MagicWithoutClasses) throw new InvalidDataException($"{path} is not a Dateline tagger model ({Magic}).");
        var tagger = PosTagger.Read(r, magic == Magic);
        var lemmatizer = Lemmatizer.Read(r);
        return new PosModel(tagger, lemmatizer);
    }
}
