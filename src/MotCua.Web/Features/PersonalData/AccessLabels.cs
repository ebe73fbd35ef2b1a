using System.Text.Json;
using MotCua.Web.Common;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.PersonalData;

/// <summary>The actions of the access log in the reader's language, and their names in the API.</summary>
public static class AccessLabels
{
    public static IReadOnlyList<PersonalDataAction> Actions { get; } = Enum.GetValues<PersonalDataAction>();

    public static string Name(PersonalDataAction action) => JsonNamingPolicy.CamelCase.ConvertName(action.ToString());

    public static string Action(PersonalDataAction action) => action switch
    {
        PersonalDataAction.Opened => Text.Pick("Xem hồ sơ", "Opened the dossier"),
        PersonalDataAction.Printed => Text.Pick("In giấy tờ", "Printed a paper"),
        PersonalDataAction.Exported => Text.Pick("Xuất sổ theo dõi", "Exported the register"),
        PersonalDataAction.Downloaded => Text.Pick("Tải tệp", "Downloaded a file"),
        _ => Text.Pick("Tra cứu người nộp theo số định danh", "Looked up the applicant by ID number"),
    };
}
