namespace Newsjack.Core.News.Feeds;

/// <summary>Query parameters that only track the click (campaign tags, click ids, referrers), never select content.</summary>
internal static class TrackingParameters
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
        "mc_cid", "mc_eid", "igshid", "igsh", "ref", "ref_src", "ref_url", "referrer", "cmpid", "ocid", "smid", "smtyp",
        "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "at_format", "at_link",
        "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "vero_conv", "vero_id", "oly_anon_id", "oly_enc_id", "rb_clickid",
        "s_cid", "icid", "xtor", "ito", "spm", "sr_share", "feature", "campaign_id", "ns_mchannel",
        "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "cmp", "wt.mc_id", "wt_mc", "trk", "trkcampaign",
    };

    public static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("pk_", StringComparison.OrdinalIgnoreCase)
        || Names.Contains(name);
}
