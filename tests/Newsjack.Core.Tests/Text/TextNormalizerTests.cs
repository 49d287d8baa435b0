using Newsjack.Core.Text;

namespace Newsjack.Core.Tests.Text;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Post_with_hashtags_mentions_urls_and_emoji_keeps_each_in_its_own_list()
    {
        var text = TextNormalizer.Normalize("Watching the #Oscars with @LumenHair 💇‍♀️🔥 https://example.com/live?x=1. So good!", "en");

        Assert.Equal(["oscars"], text.Hashtags);
        Assert.Equal(["lumenhair"], text.Mentions);
        Assert.Equal(["https://example.com/live?x=1"], text.Urls);
        Assert.Equal(["💇‍♀️", "🔥"], text.Emoji);
        Assert.Contains("oscar", text.Terms);
        Assert.Contains("watching", text.Terms);
        Assert.DoesNotContain("the", text.Terms);
        Assert.DoesNotContain("https", text.Terms);
    }

    [Fact]
    public void Plurals_case_and_diacritics_fold_to_one_term()
    {
        var text = TextNormalizer.Normalize("STORMS Storm storm's Cities Café café cafés", "en");

        Assert.Equal(["storm", "storm", "storm", "city", "cafe", "cafe", "cafe"], text.Terms);
    }

    [Fact]
    public void Shooting_and_shoot_stay_different_terms()
    {
        var shooting = TextNormalizer.Normalize("Shooting at mall", "en").Terms;
        var shoot = TextNormalizer.Normalize("Photo shoot at mall", "en").Terms;

        Assert.Empty(shooting.Intersect(shoot).Except(["mall"]));
    }

    [Fact]
    public void Phrases_pair_adjacent_terms_but_not_across_stop_words_or_punctuation()
    {
        var text = TextNormalizer.Normalize("Red carpet looks at the Oscars. Hair trends", "en");

        Assert.Equal(["red carpet", "carpet look", "hair trend"], text.Phrases);
    }

    [Fact]
    public void Names_come_from_sentence_case_text_and_not_from_title_case_headlines()
    {
        var sentence = TextNormalizer.Normalize("Officials said Joe Biden met Apple executives in New York on Tuesday.", "en");
        var headline = TextNormalizer.Normalize("Biden Meets Apple Executives In New York", "en");

        Assert.Equal(["joe biden", "apple", "new york", "tuesday"], sentence.Names);
        Assert.Empty(headline.Names);
    }

    [Fact]
    public void Spanish_item_drops_spanish_stop_words_and_is_not_stemmed_as_english()
    {
        var text = TextNormalizer.Normalize("La tormenta llega a las costas de Valencia", "es");

        Assert.Equal(["tormenta", "llega", "costas", "valencia"], text.Terms);
    }

    [Fact]
    public void Unknown_language_keeps_words_and_folds_case()
    {
        var text = TextNormalizer.Normalize("Юбилей Театра", "ru");

        Assert.Equal(["юбилей", "театра"], text.Terms);
    }

    [Fact]
    public void Numbers_and_lone_letters_are_not_terms()
    {
        var text = TextNormalizer.Normalize("Game 7: a 3.5% rise in U S prices", "en");

        Assert.Equal(["game", "rise", "price"], text.Terms);
    }
}
