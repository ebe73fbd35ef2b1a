using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MotCua.Web.Common;

/// <summary>
/// A page whose form posts to a handler: a refused post shows the problem on the page (the
/// <c>_Problem</c> partial and the field messages) and answers with the problem's status, as the
/// API would, so that nothing reads a refused form as a success.
/// </summary>
public abstract class FormPage : PageModel
{
    public Error? Problem { get; private set; }

    protected void Refuse(Error error)
    {
        Problem = error;
        Response.StatusCode = error.Status;
    }
}
