using System.Text;

namespace Dateline.Web.Desk;

/// <summary>Stable URL ids for entities: type and name folded to a slug ("person-khalifa-haftar").</summary>
public static class EntityIds
{
    public static string For(string type, string name) => Slug(type + " " + name);

    public static string Slug(string value)
    {
        var sb = new StringBuilder(value.Length);
        bool dash = false;
        foreach (char c in value.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else dash = true;
        }
        return sb.ToString();
    }
}
