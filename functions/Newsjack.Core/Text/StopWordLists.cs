namespace Newsjack.Core.Text;

/// <summary>The stop word lists, lower case without diacritics (as <see cref="TermFolder"/> folds them).</summary>
internal static class StopWordLists
{
    public const string English =
        "a about above after again against all also am amid an and any are aren as at be because been before being below " +
        "between both but by can cannot could did didn do does doesn doing don down during each few for from further get gets " +
        "got had has hasn have haven having he her here hers herself him himself his how i if in into is isn it its itself " +
        "just let me more most much must my myself no nor not now of off on once only or other our ours ourselves out over own " +
        "same she should so some such than that the their theirs them themselves then there these they this those through to " +
        "too under until up us very was wasn we were weren what when where which while who whom whose why will with won would " +
        "you your yours yourself yourselves s t ll re ve d m " +
        "says said say saying new news report reports reported via per like one two may might could also still yet ever " +
        "dont cant wont isnt didnt doesnt wasnt arent im youre theyre ive";

    public const string Spanish =
        "de la que el en y a los del se las por un para con no una su al lo como mas pero sus le ya o este si porque esta " +
        "entre cuando muy sin sobre tambien me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese " +
        "eso ante ellos e esto mi antes algunos que unos yo otro otras otra el tanto esa estos mucho quienes nada muchos cual es";

    public const string French =
        "au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me meme mes moi mon ne nos notre " +
        "nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y est " +
        "sont a ete etre plus apres selon";

    public const string German =
        "aber alle als also am an auch auf aus bei bin bis das dass dem den der des die doch du ein eine einem einen einer eines " +
        "er es fur hat hatte ich ihr im in ist ja kann mit nach nicht noch nun nur ob oder sich sie sind so uber um und uns vom " +
        "von vor war was wie wir wird zu zum zur";

    public const string Dutch =
        "aan al als bij dat de den der deze die dit doch door een en er ge had heb hem het hier hij hoe hun ik in is je kan me " +
        "men met mij nog nu of om omdat ons ook op over te tot u uit van veel voor want was wat we wel werd wie wij wordt zal " +
        "ze zich zij zijn zo";

    public const string Portuguese =
        "a ao aos as com como da das de do dos e ela ele em entre era essa esse esta este eu foi ha isso ja lhe mais mas me " +
        "mesmo meu na nao nas nem no nos o os ou para pela pelo por qual quando que quem se sem ser seu sua suas tambem te tem " +
        "um uma";

    public const string Italian =
        "a ad al alla alle anche che chi ci come con da dal dalla degli dei del della delle di e ed era gli ha ho i il in io la " +
        "le lei lo loro lui ma mi ne nel nella noi non o per piu quale quando questa questo se si sia sono su sua suo sul sulla " +
        "tra tu un una uno";
}
