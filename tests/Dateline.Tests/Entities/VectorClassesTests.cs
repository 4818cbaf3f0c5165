using System.IO.Compression;
using System.Text;
using Dateline.Entities;
using Dateline.Knowledge;

namespace Dateline.Tests.Entities;

/// <summary>Classes of pre-trained word vectors (GloVe) as NER features: read from a class file, stored in the model.</summary>
public class VectorClassesTests
{
    private static string ClassFile(TempFolder folder, string text)
    {
        var path = folder.File("classes.tsv.gz");
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(text));
        return path;
    }

    private const string Classes = "# comment\nword\tcoarse\tfine\nthe\t0\t2\n#\t3\t50\nquelmar\t5\t81\nsabrath\t5\t82\n";

    [Fact]
    public void A_class_file_is_read_after_its_comments_and_header_and_a_hash_sign_is_a_word()
    {
        using var folder = new TempFolder();
        var classes = WordClusters.ReadVectorClasses(ClassFile(folder, Classes));
        Assert.Equal(4, classes.Count);
        Assert.Equal(((ushort)81, (ushort)5), classes["quelmar"]);
        Assert.Equal(((ushort)50, (ushort)3), classes["#"]);
    }

    [Fact]
    public void One_granularity_puts_the_same_class_in_both_places()
    {
        using var folder = new TempFolder();
        var path = ClassFile(folder, Classes);
        Assert.Equal(((ushort)5, (ushort)5), WordClusters.ReadVectorClasses(path, "coarse")["sabrath"]);
        Assert.Equal(((ushort)82, (ushort)82), WordClusters.ReadVectorClasses(path, "fine")["sabrath"]);
    }

    [Fact]
    public void The_vector_slots_stay_empty_without_classes_and_fill_with_them()
    {
        var words = "officials in Sabrath met".Split(' ');
        var without = new ulong[words.Length * NerFeatures.Slots];
        var with = new ulong[words.Length * NerFeatures.Slots];
        var clusters = WordClusters.Empty.WithVectorClasses(new() { ["sabrath"] = (82, 5) });
        NerFeatures.Extract(words, NameGazetteer.BuiltIn, WordClusters.Empty, without, new string[words.Length], new string[words.Length]);
        NerFeatures.Extract(words, NameGazetteer.BuiltIn, clusters, with, new string[words.Length], new string[words.Length]);
        var vectorSlots = Enumerable.Range(NerFeatures.DocumentSlot - 5, 5).ToArray();
        Assert.All(vectorSlots, s => Assert.Equal(0UL, without[(2 * NerFeatures.Slots) + s]));
        Assert.All(vectorSlots, s => Assert.NotEqual(0UL, with[(2 * NerFeatures.Slots) + s]));
        // A word the vectors do not hold has its own class ("unknown"), unlike a known one.
        Assert.NotEqual(with[(2 * NerFeatures.Slots) + vectorSlots[0]], with[(3 * NerFeatures.Slots) + vectorSlots[0]]);
    }

    [Fact]
    public void A_model_keeps_its_vector_classes_through_its_file_and_one_without_them_keeps_the_old_format()
    {
        var clusters = WordClusters.Empty.WithVectorClasses(new() { ["quelmar"] = (81, 5), ["sabrath"] = (82, 5), ["minister"] = (7, 1) });
        var trainer = new NerTrainer { Epochs = 4, Seed = 3 };
        var model = trainer.Train(NerModelTests.FictionalCorpus(), NameGazetteer.BuiltIn, clusters: clusters);
        using var saved = new MemoryStream();
        model.Save(saved);
        saved.Position = 0;
        var reloaded = NerModel.Load(saved);
        Assert.Equal(3, reloaded.Clusters.VectorCount);
        Assert.Equal((83, 6), reloaded.Clusters.OfVector("sabrath"));
        var sentence = "officials in Nordhavn met Minister Essa Kretz .".Split(' ');
        Assert.Equal(model.Tag(sentence), reloaded.Tag(sentence));
        Assert.Equal(6, Version(saved));

        using var plain = new MemoryStream();
        trainer.Train(NerModelTests.FictionalCorpus(), NameGazetteer.BuiltIn).Save(plain);
        Assert.Equal(4, Version(plain));
        plain.Position = 0;
        Assert.Equal(0, NerModel.Load(plain).Clusters.VectorCount);
    }

    private static int Version(MemoryStream stream)
    {
        stream.Position = 0;
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        reader.ReadString();
        return reader.ReadInt32();
    }
}
