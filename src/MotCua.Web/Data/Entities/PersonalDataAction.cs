namespace MotCua.Web.Data.Entities;

/// <summary>How an officer came to see an applicant's personal data.</summary>
public enum PersonalDataAction
{
    /// <summary>The dossier's detail (page or API).</summary>
    Opened,

    /// <summary>A paper of the dossier printed as PDF (receipt, control sheet, letters).</summary>
    Printed,

    /// <summary>A list of dossiers in a file (the register, PDF or Excel).</summary>
    Exported,

    /// <summary>A file of the dossier (a scan, the result).</summary>
    Downloaded,

    /// <summary>An applicant's earlier data found by his ID number at the desk.</summary>
    LookedUp,
}
