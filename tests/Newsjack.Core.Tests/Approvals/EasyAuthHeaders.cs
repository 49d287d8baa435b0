using System.Text;
using System.Text.Json.Nodes;

namespace Newsjack.Core.Tests.Approvals;

/// <summary>Builds <c>X-MS-CLIENT-PRINCIPAL</c> values the way App Service Authentication sends them.</summary>
internal static class EasyAuthHeaders
{
    public const string NameType = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name";

    public static string Principal(string nameType, params (string Type, string Value)[] claims)
    {
        var list = new JsonArray();
        foreach (var (type, value) in claims)
        {
            list.Add(new JsonObject { ["typ"] = type, ["val"] = value });
        }

        var json = new JsonObject
        {
            ["auth_typ"] = "aad",
            ["name_typ"] = nameType,
            ["role_typ"] = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
            ["claims"] = list,
        };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    public static string Aad(string email, string name = "Ana Approver") =>
        Principal(NameType, ("name", name), ("preferred_username", email), (NameType, email), ("http://schemas.microsoft.com/identity/claims/objectidentifier", "0000-1111"));
}
