using Dateline.Entities;

namespace Dateline.Tests.Entities;

public sealed class GivenNameGenderTests
{
    [Fact]
    public void The_built_in_list_loads_with_both_genders_and_leaves_out_names_of_both()
    {
        var names = GivenNameGender.BuiltIn;
        Assert.InRange(names.Count, 7000, 9000);
        Assert.Equal(('F', 'M', '?'), (names.Of("Margaret"), names.Of("Robert"), names.Of("Jean")));
    }

    [Fact]
    public void Reads_comments_a_header_and_rows_and_refuses_another_gender()
    {
        var names = GivenNameGender.Read(new StringReader("# a comment\nname\tgender\nAmara\tF\nBorin\tM\n"));
        Assert.Equal(('F', 'M', '?'), (names.Of("Amara"), names.Of("Borin"), names.Of("Cael")));
        Assert.Throws<InvalidDataException>(() => GivenNameGender.Read(new StringReader("name\tgender\nCael\tX\n")));
    }
}
