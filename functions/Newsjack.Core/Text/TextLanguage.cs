namespace Newsjack.Core.Text;

/// <summary>Languages with their own stop words; English also gets light stemming. Anything else folds case only.</summary>
public enum TextLanguage
{
    English,
    Spanish,
    French,
    German,
    Dutch,
    Portuguese,
    Italian,
    Other,
}
